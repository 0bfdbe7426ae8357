package io.github.essrules.rules.association;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The statutory and transparency conditions of the legal regime of paid dirigeants (CGI
 * 261-7-1° d; ann. II art. 242 C), read in secondary sources.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableLegalRegimeConditions.class)
@JsonDeserialize(as = ImmutableLegalRegimeConditions.class)
public abstract class LegalRegimeConditions {
  LegalRegimeConditions() {}

  /**
   * Statuts that ensure a democratic and transparent functioning.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the statuts ensure a democratic and transparent functioning (CGI 261-7-1° d; "
      + "ann. II art. 242 C).")
  public abstract Optional<Boolean> democraticTransparentStatuts();

  /**
   * The paid dirigeants elected regularly and periodically by the members.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the paid dirigeants are elected regularly and periodically by the members (CGI "
      + "261-7-1° d; ann. II art. 242 C).")
  public abstract Optional<Boolean> electedRegularly();

  /**
   * The remuneration decided by the competent body with a two-thirds majority.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the remuneration was decided by the competent body with a two-thirds majority "
      + "(CGI 261-7-1° d; ann. II art. 242 C).")
  public abstract Optional<Boolean> decidedByQualifiedMajority();

  /**
   * The remuneration disclosed in the annex to the accounts.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the remuneration is disclosed in the annex to the accounts (CGI 261-7-1° d; ann. "
      + "II art. 242 C).")
  public abstract Optional<Boolean> disclosedInAnnex();

  /**
   * The accounts certified by a commissaire aux comptes.
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the accounts are certified by a commissaire aux comptes (CGI 261-7-1° d; ann. II "
      + "art. 242 C).")
  public abstract Optional<Boolean> auditedByCommissaire();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static LegalRegimeConditions.Builder builder() {
    return new LegalRegimeConditions.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public LegalRegimeConditions.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link LegalRegimeConditions}: set its attributes, then call {@code build()}. A
   * builder is not thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableLegalRegimeConditions.Builder {
    /** A builder with no attribute set, as {@link LegalRegimeConditions#builder()} gives. */
    public Builder() {}
  }
}
