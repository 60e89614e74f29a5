export const root: string;
export function electronVersion(): string | null;
export function electronBinary(): string | null;
export function electronNativeBinding(version: string): string;
