package io.github.essrules.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The single Immutables style of the library: every value type of every module is annotated
 * with {@code @EssStyle} and {@code @Value.Immutable}.
 *
 * <p>The style turns off the null and mandatory-attribute checks of the generated builders
 * ({@link Value.Style.ValidationMethod#NONE}): a fact left out of an input stays {@code null}
 * until Bean Validation reports it, together with every other fault of the same input,
 * with its property path. Value types that are never user input check their own invariants in a
 * {@code @Value.Check} method instead.
 *
 * <p>The annotation is kept at run time: a value of a type with this style is deeply immutable
 * (its attributes are immutable values, lists are copied), so {@link
 * io.github.essrules.core.validation.FactsValidator} checks an instance once and remembers that
 * it was valid. A list of facts that may be unknown is an {@code Optional<List<X>>} (empty: not
 * given; an empty list: known to be none), which Immutables keeps as given rather than copying:
 * read from JSON it is unmodifiable ({@link io.github.essrules.core.json.EssJsonModule}); built
 * in Java, give it an unmodifiable list ({@code List.of}, {@code List.copyOf}).
 *
 * <p>A value type whose accessors carry constraints is annotated {@link
 * io.github.essrules.core.validation.AccessorConstraints} too, so that any Jakarta validator —
 * Spring's {@code @Valid} — checks them as the library does.
 *
 * <p>A user never writes the name of a generated class: each value type declares its own {@code
 * Builder}, which extends the generated one (Immutables' "extending builder"), with a static
 * {@code builder()} and a {@code toBuilder()} beside it; and the style makes the generated code
 * return the value type, not the generated class ({@code overshadowImplementation}), so that
 * {@code build()} gives a {@code Pay}. The generated classes stay public: Jackson reads and writes
 * through them ({@code @JsonDeserialize(as = ImmutablePay.class)}).
 *
 * <p>Example:
 * <pre>{@code
 * @EssStyle
 * @Value.Immutable
 * @AccessorConstraints
 * public abstract class Pay {
 *   public abstract @NotNull BigDecimal annualGross();
 *
 *   public static Pay.Builder builder() { return new Pay.Builder(); }
 *
 *   public Pay.Builder toBuilder() { return builder().from(this); }
 *
 *   public static final class Builder extends ImmutablePay.Builder {
 *     public Builder() {}
 *   }
 * }
 *
 * Pay raised = pay.toBuilder().annualGross(new BigDecimal("32000")).build();
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Value.Style(
    typeImmutable = "Immutable*",
    validationMethod = Value.Style.ValidationMethod.NONE,
    jdkOnly = true,
    overshadowImplementation = true,
    // no annotation found on the processor's class path (org.immutables.value.Generated) in the
    // generated classes: an application compiled with -Werror, without Immutables, gets no warning
    allowedClasspathAnnotations = {java.lang.Override.class},
    defaults = @Value.Immutable(copy = true, prehash = false))
public @interface EssStyle {}
