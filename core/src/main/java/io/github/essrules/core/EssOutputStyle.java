package io.github.essrules.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the library's results built in hot paths — a verdict's findings, a
 * resale cap: {@link EssStyle} without Immutables' collection handling. Their builders take whole
 * lists ({@code children(List)} rather than {@code addChildren(…)}), and an instance keeps the
 * immutable lists it is given instead of copying them into new ones; the type copies a mutable
 * list, and turns a missing one into an empty one, in its own {@code @Value.Check}. Optional
 * attributes get no special handling either: such a type gives them a {@code @Value.Default}.
 *
 * <p>Like {@link EssStyle}, the generated code returns the value type, never the generated class,
 * and each such type declares its own {@code Builder}.
 *
 * <p>Not for facts: a user's input keeps {@link EssStyle}, whose instances the validator can
 * remember.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    validationMethod = Value.Style.ValidationMethod.NONE,
    jdkOnly = true,
    overshadowImplementation = true,
    // no annotation found on the processor's class path (org.immutables.value.Generated) in the
    // generated classes: an application compiled with -Werror, without Immutables, gets no warning
    allowedClasspathAnnotations = {java.lang.Override.class},
    builtinContainerAttributes = false,
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface EssOutputStyle {}
