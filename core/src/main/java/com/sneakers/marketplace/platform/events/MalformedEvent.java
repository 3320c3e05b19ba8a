package com.sneakers.marketplace.platform.events;

/** An event no retry can make valid; the message is reported failed and ends in its dead-letter queue. */
public final class MalformedEvent extends RuntimeException {
    public MalformedEvent(String message) {
        super(message);
    }
}
