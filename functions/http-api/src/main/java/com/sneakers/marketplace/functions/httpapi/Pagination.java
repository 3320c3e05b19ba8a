package com.sneakers.marketplace.functions.httpapi;

import com.sneakers.marketplace.platform.http.ApiRequest;
import com.sneakers.marketplace.platform.http.Problem;
import com.sneakers.marketplace.platform.http.ProblemException;
import com.sneakers.marketplace.platform.paging.Page;
import com.sneakers.marketplace.platform.paging.Paging;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The {@code page} and {@code page_size} query parameters, and the list body every list route answers. */
final class Pagination {
    private static final int DEFAULT_PAGE_SIZE = 20;

    private Pagination() {}

    /** The requested page; a 400 problem naming each bad parameter. */
    static Paging of(ApiRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        int page = positive(request, "page", 1, Integer.MAX_VALUE, errors);
        int pageSize = positive(request, "page_size", DEFAULT_PAGE_SIZE, Paging.MAX_PAGE_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
        return new Paging(page, pageSize);
    }

    static <T> Map<String, Object> body(Page<T> page, Function<T, Map<String, Object>> item) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items().stream().map(item).toList());
        body.put("page", page.page());
        body.put("page_size", page.pageSize());
        body.put("total", page.total());
        return body;
    }

    private static int positive(
            ApiRequest request, String name, int defaultValue, int max, Map<String, String> errors) {
        Optional<String> value = request.queryParameter(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.put(name, "must be a whole number from 1 to " + max);
        return defaultValue;
    }
}
