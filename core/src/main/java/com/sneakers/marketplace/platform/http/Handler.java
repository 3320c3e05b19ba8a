package com.sneakers.marketplace.platform.http;

/** Turns a request into a response; bad input may end it early with a {@link ProblemException}. */
@FunctionalInterface
public interface Handler {
    ApiResponse handle(ApiRequest request);
}
