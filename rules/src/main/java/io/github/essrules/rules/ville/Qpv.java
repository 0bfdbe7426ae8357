package io.github.essrules.rules.ville;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A quartier prioritaire de la politique de la ville of a shipped list: its code, name, communes
 * and département.
 *
 * <p>Legal basis: loi n° 2014-173 du 21 février 2014, art. 5 (the quartiers prioritaires) and
 * décret n° 2023-1314 du 28 décembre 2023 (the list of 2024).
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableQpv.class)
@JsonDeserialize(as = ImmutableQpv.class)
public abstract class Qpv {
  Qpv() {}

  /** A commune a QPV lies in. */
  @EssStyle
  @Value.Immutable
  @JsonSerialize(as = ImmutableCommune.class)
  @JsonDeserialize(as = ImmutableCommune.class)
  public abstract static class Commune {
    Commune() {}

    /**
     * The INSEE code (Paris, Lyon and Marseille as whole communes).
     *
     * @return the code
     */
    public abstract String insee();

    /**
     * The name.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Commune.Builder builder() {
      return new Commune.Builder();
    }

    /**
     * A builder holding the attributes of this value, to change some of them and build a new value;
     * this one is left as it is.
     *
     * @return a new builder, filled from this value
     */
    public Commune.Builder toBuilder() {
      return builder().from(this);
    }

    /**
     * Builds a {@link Qpv.Commune}: set its attributes, then call {@code build()}. A builder is not
     * thread-safe: use it where it is made.
     */
    public static final class Builder extends ImmutableCommune.Builder {
      /** A builder with no attribute set, as {@link Qpv.Commune#builder()} gives. */
      public Builder() {}
    }
  }

  /**
   * The code, such as {@code QN03317M}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * The name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The communes, in the list's order.
   *
   * @return the communes
   */
  public abstract List<Commune> communes();

  /**
   * The département code.
   *
   * @return the code
   */
  public abstract String departement();

  /**
   * The list it comes from, such as {@code 2024-metropole}.
   *
   * @return the list's name
   */
  public abstract String list();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Qpv.Builder builder() {
    return new Qpv.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public Qpv.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Qpv}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableQpv.Builder {
    /** A builder with no attribute set, as {@link Qpv#builder()} gives. */
    public Builder() {}
  }
}
