import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./tokens.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Concord", template: "%s · Concord" },
  description: "Where the delegations of the CICA negotiate their outcome documents together.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
