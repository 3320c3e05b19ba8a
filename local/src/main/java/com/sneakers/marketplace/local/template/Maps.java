package com.sneakers.marketplace.local.template;

import java.util.List;
import java.util.Map;

/** Typed access to the maps and lists a YAML or JSON document is made of. */
public final class Maps {
    private Maps() {}

    @SuppressWarnings("unchecked")
    public static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    public static Map<String, Object> child(Map<String, Object> map, String key) {
        Object value = map == null ? null : map.get(key);
        return value == null ? Map.of() : cast(value);
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : (List<Object>) value;
    }
}
