package com.sneakers.marketplace.platform.http;

/**
 * Ends the handling of a request whose input is unusable (malformed JSON, missing fields): the HTTP
 * pipeline answers with its problem. Business refusals are return values, not this.
 */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
