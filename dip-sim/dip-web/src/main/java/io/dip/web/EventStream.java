package io.dip.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Writes a job's events to one HTTP response as server-sent events ({@code text/event-stream}) until the job's
 * {@link ServerEvent#END} event or until the client goes away, on the request's thread. The job never waits for it:
 * events reach this subscriber through its own bounded {@link DropOldestQueue}. While no event comes a comment is
 * sent every {@value #KEEP_ALIVE_SECONDS} s, so a closed connection is noticed.
 */
final class EventStream {

    /** Idle time between keep-alive comments (s). */
    static final long KEEP_ALIVE_SECONDS = 15;

    private EventStream() {
    }

    /**
     * @param feed     the job's events
     * @param response the response to write to (headers not yet sent)
     * @throws InterruptedException when the serving thread is interrupted
     */
    static void pump(EventFeed feed, HttpServletResponse response) throws InterruptedException {
        response.setStatus(200);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        DropOldestQueue<ServerEvent> queue = feed.subscribe();
        try (OutputStream out = response.getOutputStream()) {
            out.write(": stream open\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                ServerEvent event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                String text = event == null ? ": keep-alive\n\n"
                        : "event: " + event.name() + "\ndata: " + event.data() + "\n\n";
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (event != null && event.isEnd()) {
                    return;
                }
            }
        } catch (IOException clientGone) {
            // the browser closed the stream; the job goes on
        } finally {
            feed.unsubscribe(queue);
        }
    }
}
