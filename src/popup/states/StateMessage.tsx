// A page Lede cannot or will not read: what happened, and what the reader can do about it.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  kind: 'no-article' | 'restricted' | 'error';
  heading: string;
  children: ComponentChildren;
  /** A technical detail for a bug report, shown small. */
  detail?: string;
  action?: { label: string; onClick: () => void };
}

export function StateMessage({ kind, heading, children, detail, action }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  // The one thing to do is where the keyboard already is.
  useEffect(() => button.current?.focus(), []);
  return (
    <main class="popup message" data-state={kind}>
      <h1>{heading}</h1>
      <p>{children}</p>
      {detail ? <p class="detail">{detail}</p> : null}
      {action ? (
        <button ref={button} type="button" class="primary-button" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
    </main>
  );
}
