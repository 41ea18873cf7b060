interface Props {
  count: number;
  hidden: boolean;
  onToggle: () => void;
}

export function ClutterLine({ count, hidden, onToggle }: Props) {
  if (!count) return <p class="clutter-line">No distractions found on this page.</p>;
  const noun = count === 1 ? 'distraction' : 'distractions';
  return (
    <p class="clutter-line">
      {count} {noun} {hidden ? 'hidden' : 'shown'} ·{' '}
      <button type="button" class="link-button" onClick={onToggle}>
        {hidden ? 'Show' : 'Hide'}
      </button>
    </p>
  );
}
