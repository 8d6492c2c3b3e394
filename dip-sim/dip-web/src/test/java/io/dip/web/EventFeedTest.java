package io.dip.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The live stream never makes the run wait: slow subscribers lose their oldest events. */
class EventFeedTest {

    @Test
    void aFullQueueDropsItsOldestElements() throws InterruptedException {
        DropOldestQueue<Integer> queue = new DropOldestQueue<>(3);
        for (int i = 1; i <= 5; i++) {
            queue.offer(i);
        }
        assertEquals(2, queue.dropped());
        assertEquals(3, queue.size());
        assertEquals(List.of(3, 4, 5), drain(queue));
        assertNull(queue.poll(0, TimeUnit.MILLISECONDS));
        assertThrows(IllegalArgumentException.class, () -> new DropOldestQueue<Integer>(0));
    }

    @Test
    void aSubscriberThatNeverReadsHoldsOnlyItsCapacityAndLosesTheOldest() throws InterruptedException {
        EventFeed feed = new EventFeed();
        DropOldestQueue<ServerEvent> idle = feed.subscribe();
        int published = EventFeed.SUBSCRIBER_CAPACITY * 4;
        for (int i = 0; i < published; i++) {
            feed.publish(new ServerEvent("samples", Integer.toString(i)));
        }
        assertEquals(EventFeed.SUBSCRIBER_CAPACITY, idle.size());
        assertEquals(published - EventFeed.SUBSCRIBER_CAPACITY, idle.dropped());
        assertEquals(Integer.toString(published - EventFeed.SUBSCRIBER_CAPACITY),
                idle.poll(0, TimeUnit.MILLISECONDS).data(), "the newest events are kept");
    }

    @Test
    void lateSubscribersGetTheReplayAndTheEndClosesTheFeed() throws InterruptedException {
        EventFeed feed = new EventFeed();
        feed.publish(new ServerEvent("samples", "1"));
        DropOldestQueue<ServerEvent> early = feed.subscribe();
        feed.publish(new ServerEvent("samples", "2"));
        feed.publish(new ServerEvent(ServerEvent.END, "{}"));
        feed.publish(new ServerEvent("samples", "after the end"));
        DropOldestQueue<ServerEvent> late = feed.subscribe();
        List<String> expected = List.of("1", "2", "{}");
        assertEquals(expected, drain(early).stream().map(ServerEvent::data).toList());
        assertEquals(expected, drain(late).stream().map(ServerEvent::data).toList());
        assertEquals(0, feed.subscriberCount());
    }

    private static <T> List<T> drain(DropOldestQueue<T> queue) throws InterruptedException {
        List<T> items = new ArrayList<>();
        for (T item = queue.poll(0, TimeUnit.MILLISECONDS); item != null;
                item = queue.poll(0, TimeUnit.MILLISECONDS)) {
            items.add(item);
        }
        return items;
    }
}
