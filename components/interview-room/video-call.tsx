"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { jitsiEmbedUrl, jitsiRoomName } from "@/lib/interview-room/jitsi";

interface Props {
  meetingUrl: string;
  jitsiDomain: string;
  displayName: string;
}

/**
 * The call inside the room when the meeting link is a room on our Jitsi server:
 * Jitsi's own page in an iframe (the CSP's frame-src allows that server; its
 * external_api.js would need script-src too, and the iframe is what it creates).
 * It starts on a click, so nobody's camera is asked for on arrival. The plain
 * link is always there, for other providers and for when the embed cannot load.
 */
export function VideoCall({ meetingUrl, jitsiDomain, displayName }: Props) {
  const room = jitsiRoomName(meetingUrl, jitsiDomain);
  const [embedded, setEmbedded] = useState(false);
  return (
    <section aria-labelledby="call-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="call-heading" className="text-lg font-semibold">
          Video call
        </h2>
        {room && !embedded ? (
          <Button type="button" onClick={() => setEmbedded(true)}>
            Join the call here
          </Button>
        ) : null}
        {embedded ? (
          <Button type="button" variant="secondary" onClick={() => setEmbedded(false)}>
            Leave the call
          </Button>
        ) : null}
        <a
          href={meetingUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="text-sm font-semibold text-brand-700 underline"
        >
          {room ? "Open the call in a new tab" : "Join video call"}
          <span className="sr-only"> (opens in a new tab)</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      </div>
      {embedded && room ? (
        <>
          <iframe
            title="Video call"
            src={jitsiEmbedUrl(jitsiDomain, room, displayName)}
            allow="camera; microphone; display-capture; fullscreen; autoplay; clipboard-write"
            className="mt-3 aspect-video w-full rounded-md border-0 bg-slate-900"
          />
          <p className="mt-1 text-sm text-slate-600">If the call does not appear, use “Open the call in a new tab”.</p>
        </>
      ) : null}
    </section>
  );
}
