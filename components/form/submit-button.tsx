import type { ComponentProps } from "react";

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border-2 border-brand-700 text-brand-800 hover:bg-brand-50",
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

const SIZES = { normal: "px-4 py-2", large: "px-6 py-3" } as const;

/**
 * A form's button. While the form is being sent it is disabled, so a double click sends it once;
 * a plain GET form (a filter) has nothing pending.
 */
export function SubmitButton({
  pending = false,
  variant = "primary",
  size = "normal",
  disabled,
  className,
  ...button
}: Omit<ComponentProps<"button">, "type"> & {
  pending?: boolean;
  variant?: keyof typeof VARIANTS;
  size?: keyof typeof SIZES;
}) {
  return (
    <button
      {...button}
      type="submit"
      disabled={pending || disabled}
      className={`rounded font-semibold disabled:opacity-60 ${VARIANTS[variant]} ${SIZES[size]} ${className ?? ""}`.trim()}
    />
  );
}
