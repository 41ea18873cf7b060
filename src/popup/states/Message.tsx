import type { ComponentChildren } from 'preact';

export function Message(props: { kind: string; heading: string; children: ComponentChildren }) {
  return (
    <main class="popup message" data-state={props.kind}>
      <h1>{props.heading}</h1>
      <p>{props.children}</p>
    </main>
  );
}
