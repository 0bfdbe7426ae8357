package io.github.essrules.rules.regie;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.rules.structure.Organisation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A régie de quartier (or de territoire) and what {@link RegieRule} checks: its form, the CNLRQ
 * label and charter (held as a qualification of the organisation), its territory and its board.
 *
 * <p>Legal basis: the Charte nationale des régies de quartier (CNLRQ, 22 June 1991), a
 * federation's charter, not an article; the law names régies in C. trav., art. L5132-2, 4° and
 * L3332-17-1, II, 8°.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableRegieCase.class)
@JsonDeserialize(as = ImmutableRegieCase.class)
@AccessorConstraints
public abstract class RegieCase {
  RegieCase() {}

  /**
   * The organisation.
   *
   * @return the organisation
   */
  @JsonPropertyDescription("The régie: its legal form, identifiers and qualifications, among them the CNLRQ label "
      + "and charter (REGIE_DE_QUARTIER_LABEL).")
  @NotNull
  @Valid
  public abstract Organisation organisation();

  /**
   * Whether the régie acts on a defined local territory (charter).
   *
   * @return the statement
   */
  @JsonPropertyDescription("Whether the régie acts on a defined local territory (Charte nationale des régies de "
      + "quartier).")
  public abstract Optional<Boolean> definedTerritory();

  /**
   * The board by college.
   *
   * @return the board
   */
  @JsonPropertyDescription("The seats of the board by college of the governance triptych: inhabitants, "
      + "collectivités, bailleurs sociaux, others (Charte nationale des régies de quartier).")
  public abstract Optional<@Valid Board> board();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static RegieCase.Builder builder() {
    return new RegieCase.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public RegieCase.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link RegieCase}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableRegieCase.Builder {
    /** A builder with no attribute set, as {@link RegieCase#builder()} gives. */
    public Builder() {}
  }
}
