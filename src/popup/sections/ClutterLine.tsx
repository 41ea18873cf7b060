import { t, tCount } from '../i18n';

interface Props {
  count: number;
  hidden: boolean;
  onToggle: () => void;
}

export function ClutterLine({ count, hidden, onToggle }: Props) {
  if (!count) return <p class="clutter-line">{t('clutterNone')}</p>;
  return (
    <p class="clutter-line">
      {tCount(hidden ? 'clutterHidden' : 'clutterShown', count)} ·{' '}
      <button type="button" class="link-button" onClick={onToggle}>
        {hidden ? t('clutterShow') : t('clutterHide')}
      </button>
    </p>
  );
}
