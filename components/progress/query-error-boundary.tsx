"use client";

import { QueryErrorResetBoundary } from "@tanstack/react-query";
import { Component, type ReactNode } from "react";
import { errorMessage } from "@/components/api-request";
import { Button } from "@/components/ui/button";

interface BoundaryProps {
  what: string;
  onReset: () => void;
  children: ReactNode;
}

class Boundary extends Component<BoundaryProps, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  private retry = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div role="alert" className="rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-red-200">
        <p className="font-semibold text-red-900">We couldn&apos;t load {this.props.what}.</p>
        <p className="mt-1 text-slate-700">{errorMessage(this.state.error)}</p>
        <Button variant="secondary" className="mt-4" onClick={this.retry}>
          Try again
        </Button>
      </div>
    );
  }
}

/** A failed query shows what failed and a retry in place, instead of taking the whole page down. */
export function QueryErrorBoundary({ what, children }: { what: string; children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary what={what} onReset={reset}>
          {children}
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  );
}
