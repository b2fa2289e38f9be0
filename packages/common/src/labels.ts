/**
 * Chinese labels for enum values. Each subgraph declares a map per enum (`EnumLabels<...>`) and
 * exposes it through `label` fields; the same text stands in the enum value's SDL description.
 */
export type EnumLabels<E extends string> = Readonly<Record<E, string>>;

export function labelOf<E extends string>(labels: EnumLabels<E>, value: E | null | undefined): string | null {
  return value ? (labels[value] ?? value) : null;
}
