package io.github.essrules.rules.structure;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The kinds of {@link Qualification} that an ESUS, IAE or régie de quartier rule reads: the ESUS
 * agrément, the SIAE convention, the CNLRQ label and the reconnaissance d'utilité publique. The
 * other kinds have a class of their own: {@link CaeActivity} and {@link QpvLocation}.
 *
 * <p>The classes are immutable and thread-safe.
 */
public final class Qualifications {
  private Qualifications() {}

  /** The ESUS agrément (C. trav. L3332-17-1), granted on a date. */
  @EssStyle
  @Value.Immutable
  @JsonSerialize(as = ImmutableEsusAgrement.class)
  @JsonDeserialize(as = ImmutableEsusAgrement.class)
  @JsonTypeName("ESUS_AGREMENT")
  public abstract static class EsusAgrement implements Qualification {
    EsusAgrement() {}

    /**
     * The last day of validity, if known.
     *
     * @return the date
     */
    @JsonPropertyDescription("The last day of validity of the ESUS agrément (C. trav. L3332-17-1), if known.")
    public abstract Optional<LocalDate> until();

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static EsusAgrement.Builder builder() {
      return new EsusAgrement.Builder();
    }

    /**
     * A builder holding the attributes of this value, to change some of them and build a new value;
     * this one is left as it is.
     *
     * @return a new builder, filled from this value
     */
    public EsusAgrement.Builder toBuilder() {
      return builder().from(this);
    }

    /**
     * Builds a {@link Qualifications.EsusAgrement}: set its attributes, then call {@code build()}.
     * A builder is not thread-safe: use it where it is made.
     */
    public static final class Builder extends ImmutableEsusAgrement.Builder {
      /**
       * A builder with no attribute set, as {@link Qualifications.EsusAgrement#builder()} gives.
       */
      public Builder() {}
    }
  }

  /**
   * A convention of the insertion par l'activité économique with the State (C. trav. L5132-2):
   * held by an organisation, not a legal form.
   */
  @EssStyle
  @Value.Immutable
  @JsonSerialize(as = ImmutableSiaeConvention.class)
  @JsonDeserialize(as = ImmutableSiaeConvention.class)
  @JsonTypeName("SIAE_CONVENTION")
  @AccessorConstraints
  public abstract static class SiaeConvention implements Qualification {
    SiaeConvention() {}

    /** The kinds of structure of the insertion par l'activité économique. */
    public enum Kind {
      /** Atelier et chantier d'insertion (L5132-15). */
      ACI,
      /** Entreprise d'insertion. */
      EI,
      /** Association intermédiaire. */
      AI,
      /** Entreprise de travail temporaire d'insertion. */
      ETTI,
      /** Entreprise d'insertion par le travail indépendant. */
      EITI
    }

    /**
     * The kind of convention.
     *
     * @return the kind
     */
    @JsonPropertyDescription("The kind of structure of the insertion par l'activité économique the convention is for "
        + "(C. trav. L5132-2): ACI, EI, AI, ETTI or EITI.")
    @NotNull
    public abstract Kind kind();

    /**
     * The last day of the convention, if known.
     *
     * @return the date
     */
    @JsonPropertyDescription("The last day of the convention, if known.")
    public abstract Optional<LocalDate> until();

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static SiaeConvention.Builder builder() {
      return new SiaeConvention.Builder();
    }

    /**
     * A builder holding the attributes of this value, to change some of them and build a new value;
     * this one is left as it is.
     *
     * @return a new builder, filled from this value
     */
    public SiaeConvention.Builder toBuilder() {
      return builder().from(this);
    }

    /**
     * Builds a {@link Qualifications.SiaeConvention}: set its attributes, then call {@code
     * build()}. A builder is not thread-safe: use it where it is made.
     */
    public static final class Builder extends ImmutableSiaeConvention.Builder {
      /**
       * A builder with no attribute set, as {@link Qualifications.SiaeConvention#builder()} gives.
       */
      public Builder() {}
    }
  }

  /** The CNLRQ collective trademark "Régie de Quartier" or "Régie de Territoire" and its charter. */
  @EssStyle
  @Value.Immutable
  @JsonSerialize(as = ImmutableRegieDeQuartierLabel.class)
  @JsonDeserialize(as = ImmutableRegieDeQuartierLabel.class)
  @JsonTypeName("REGIE_DE_QUARTIER_LABEL")
  public abstract static class RegieDeQuartierLabel implements Qualification {
    RegieDeQuartierLabel() {}

    /**
     * Whether the organisation signed the Charte nationale des régies de quartier.
     *
     * @return the statement
     */
    @JsonPropertyDescription("Whether the organisation signed the Charte nationale des régies de quartier (CNLRQ).")
    public abstract Optional<Boolean> charterSigned();

    /**
     * Whether the label is "Régie de Territoire" rather than "Régie de Quartier".
     *
     * @return the statement
     */
    @JsonPropertyDescription("Whether the label is Régie de Territoire rather than Régie de Quartier.")
    public abstract Optional<Boolean> territoire();

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static RegieDeQuartierLabel.Builder builder() {
      return new RegieDeQuartierLabel.Builder();
    }

    /**
     * A builder holding the attributes of this value, to change some of them and build a new value;
     * this one is left as it is.
     *
     * @return a new builder, filled from this value
     */
    public RegieDeQuartierLabel.Builder toBuilder() {
      return builder().from(this);
    }

    /**
     * Builds a {@link Qualifications.RegieDeQuartierLabel}: set its attributes, then call {@code
     * build()}. A builder is not thread-safe: use it where it is made.
     */
    public static final class Builder extends ImmutableRegieDeQuartierLabel.Builder {
      /**
       * A builder with no attribute set, as {@link Qualifications.RegieDeQuartierLabel#builder()}
       * gives.
       */
      public Builder() {}
    }
  }

  /** The reconnaissance d'utilité publique of an association or a fondation, by décret. */
  @EssStyle
  @Value.Immutable
  @JsonSerialize(as = ImmutableUtilitePublique.class)
  @JsonDeserialize(as = ImmutableUtilitePublique.class)
  @JsonTypeName("RECONNAISSANCE_UTILITE_PUBLIQUE")
  public abstract static class UtilitePublique implements Qualification {
    UtilitePublique() {}

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static UtilitePublique.Builder builder() {
      return new UtilitePublique.Builder();
    }

    /**
     * A builder holding the attributes of this value, to change some of them and build a new value;
     * this one is left as it is.
     *
     * @return a new builder, filled from this value
     */
    public UtilitePublique.Builder toBuilder() {
      return builder().from(this);
    }

    /**
     * Builds a {@link Qualifications.UtilitePublique}: set its attributes, then call {@code
     * build()}. A builder is not thread-safe: use it where it is made.
     */
    public static final class Builder extends ImmutableUtilitePublique.Builder {
      /**
       * A builder with no attribute set, as {@link Qualifications.UtilitePublique#builder()} gives.
       */
      public Builder() {}
    }
  }
}
