package com.sneakers.marketplace.catalog;

/** An image as an admin gives it; its position is its place in the draft's list. */
public record ImageDraft(String url, String altText) {}
