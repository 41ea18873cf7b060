export function chromiumPath(): string;
export function firefoxPath(): string;
export const CHROMIUM_ARGS: string[];
