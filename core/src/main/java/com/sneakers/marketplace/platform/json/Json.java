package com.sneakers.marketplace.platform.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON mapping of the API and the events: snake_case fields, ISO-8601 times. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setAnnotationIntrospector(new HonouringOmittedWhenNull())
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Cannot serialise " + value.getClass().getName(), e);
        }
    }

    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Malformed JSON for " + type.getType(), e);
        }
    }

    /** Jackson's own annotations, and {@link OmittedWhenNull} as a plain-Java {@code @JsonInclude(NON_NULL)}. */
    private static final class HonouringOmittedWhenNull extends JacksonAnnotationIntrospector {
        @Override
        public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
            JsonInclude.Value inclusion = super.findPropertyInclusion(annotated);
            return annotated.hasAnnotation(OmittedWhenNull.class)
                    ? inclusion.withValueInclusion(JsonInclude.Include.NON_NULL)
                    : inclusion;
        }
    }
}
