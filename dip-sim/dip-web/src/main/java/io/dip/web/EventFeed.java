package io.dip.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of one job, fanned out to any number of subscribers. Publishing never waits: each subscriber has its
 * own {@link DropOldestQueue} of {@value #SUBSCRIBER_CAPACITY} events, and a subscriber that reads too slowly loses
 * its oldest events, not the job its pace.
 *
 * <p>The feed also keeps the last {@value #REPLAY_CAPACITY} events (dropping the oldest beyond that), handed to each
 * new subscriber first, so a page that subscribes after the job started, or even after it ended, still sees the
 * run from its beginning. Once the {@link ServerEvent#END} event is published the feed is closed: later
 * subscribers get the replay, which ends with it.
 */
final class EventFeed {

    /** Events a subscriber may lag behind before its oldest are dropped. */
    static final int SUBSCRIBER_CAPACITY = 256;

    /** Events kept for subscribers that arrive late. */
    static final int REPLAY_CAPACITY = 256;

    private final List<DropOldestQueue<ServerEvent>> subscribers = new ArrayList<>();
    private final ArrayDeque<ServerEvent> replay = new ArrayDeque<>(REPLAY_CAPACITY);
    private boolean ended;

    /**
     * @param event the event to deliver to every subscriber (and keep for late ones)
     */
    synchronized void publish(ServerEvent event) {
        if (ended) {
            return;
        }
        if (replay.size() == REPLAY_CAPACITY) {
            replay.pollFirst();
        }
        replay.addLast(event);
        for (DropOldestQueue<ServerEvent> queue : subscribers) {
            queue.offer(event);
        }
        if (event.isEnd()) {
            ended = true;
            subscribers.clear();
        }
    }

    /**
     * @return a new subscriber's queue, holding the replay so far; it receives every later event
     */
    synchronized DropOldestQueue<ServerEvent> subscribe() {
        DropOldestQueue<ServerEvent> queue = new DropOldestQueue<>(SUBSCRIBER_CAPACITY);
        replay.forEach(queue::offer);
        if (!ended) {
            subscribers.add(queue);
        }
        return queue;
    }

    /** @param queue a subscriber that went away */
    synchronized void unsubscribe(DropOldestQueue<ServerEvent> queue) {
        subscribers.remove(queue);
    }

    /** @return the number of live subscribers */
    synchronized int subscriberCount() {
        return subscribers.size();
    }
}
