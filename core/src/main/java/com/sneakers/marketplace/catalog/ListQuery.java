package com.sneakers.marketplace.catalog;

/** The product list as the client asked for it: raw query parameters, each null when absent. */
public record ListQuery(String page, String pageSize, String brand, String category, String sort) {}
