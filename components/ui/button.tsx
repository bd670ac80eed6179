import { cloneElement, isValidElement, type ButtonHTMLAttributes, type ReactElement } from "react";
import { cn } from "./cn";

const variants = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "bg-white text-slate-900 ring-1 ring-slate-300 hover:bg-slate-100",
  ghost: "text-slate-700 hover:bg-slate-100",
  danger: "bg-red-700 text-white hover:bg-red-800",
} as const;

export type ButtonVariant = keyof typeof variants;

/** The button look, for an element that is not a Button (e.g. a plain link on a page with no client code). */
export function buttonClassName(variant: ButtonVariant = "primary", className?: string): string {
  return cn(
    "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60",
    variants[variant],
    className,
  );
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** Render the child element (e.g. a link) with button styles. */
  asChild?: boolean;
}

/**
 * asChild clones its one child element with the button's props and classes. Every use wraps a
 * link and passes only styling, so this stands in for Radix's Slot, which would put radix-ui in
 * the JavaScript of every page that shows a button.
 */
export function Button({ variant = "primary", asChild = false, className, children, ...props }: ButtonProps) {
  const classes = buttonClassName(variant, className);
  if (asChild && isValidElement<{ className?: string }>(children)) {
    const child = children as ReactElement<{ className?: string }>;
    // As with Slot, the child's own props win and the classes add up.
    return cloneElement(child, { ...props, ...child.props, className: cn(classes, child.props.className) });
  }
  return (
    <button className={classes} {...props}>
      {children}
    </button>
  );
}
