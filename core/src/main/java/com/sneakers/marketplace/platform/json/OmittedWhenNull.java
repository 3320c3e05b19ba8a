package com.sneakers.marketplace.platform.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field {@link Json} leaves out while it is null, instead of writing {@code null}: for facts only some
 * kinds of an event carry. Plain Java, so domain records can say it without knowing the mapper.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface OmittedWhenNull {}
