package com.sneakers.marketplace.local.provision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The logical ids a piece of a template refers to, through Ref, Fn::GetAtt or Fn::Sub. */
final class References {
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}.]*)(\\.[^}]*)?}");

    private References() {}

    static Set<String> in(Object value) {
        Set<String> found = new LinkedHashSet<>();
        collect(value, found);
        return found;
    }

    private static void collect(Object value, Set<String> found) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> {
                switch (String.valueOf(key)) {
                    case "Ref" -> found.add(String.valueOf(entry));
                    case "Fn::GetAtt" -> found.add(String.valueOf(((List<?>) entry).get(0)));
                    case "Fn::Sub" -> {
                        Object text = entry instanceof List<?> parts ? parts.get(0) : entry;
                        Matcher matcher = SUB_VARIABLE.matcher(String.valueOf(text));
                        while (matcher.find()) {
                            found.add(matcher.group(1));
                        }
                        if (entry instanceof List<?> parts) {
                            collect(parts.get(1), found);
                        }
                    }
                    default -> collect(entry, found);
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(entry -> collect(entry, found));
        }
    }
}
