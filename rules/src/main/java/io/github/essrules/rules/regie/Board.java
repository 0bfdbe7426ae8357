package io.github.essrules.rules.regie;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;

/**
 * The seats of a régie de quartier's board by college of the governance triptych:
 * inhabitants, collectivités, bailleurs sociaux, and others.
 *
 * <p>Legal basis: no article — the governance triptych is the Charte nationale des régies de
 * quartier (CNLRQ, 22 June 1991, secondary source); the inhabitants' majority is unconfirmed.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableBoard.class)
@JsonDeserialize(as = ImmutableBoard.class)
@AccessorConstraints
public abstract class Board {
  Board() {}

  /**
   * Seats held by inhabitants of the territory.
   *
   * @return the seats
   */
  @JsonPropertyDescription("Seats held by inhabitants of the territory.")
  @NotNull
  @Min(0)
  public abstract Integer inhabitants();

  /**
   * Seats held by collectivités locales.
   *
   * @return the seats
   */
  @JsonPropertyDescription("Seats held by collectivités locales.")
  @NotNull
  @Min(0)
  public abstract Integer collectivites();

  /**
   * Seats held by bailleurs sociaux.
   *
   * @return the seats
   */
  @JsonPropertyDescription("Seats held by bailleurs sociaux.")
  @NotNull
  @Min(0)
  public abstract Integer bailleursSociaux();

  /**
   * Other seats (partners, qualified persons).
   *
   * @return the seats
   */
  @JsonPropertyDescription("Other seats (partners, qualified persons).")
  @NotNull
  @Min(0)
  public abstract Integer others();

  /**
   * All seats.
   *
   * @return the total
   */
  public int total() {
    return inhabitants() + collectivites() + bailleursSociaux() + others();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Board.Builder builder() {
    return new Board.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public Board.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Board}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableBoard.Builder {
    /** A builder with no attribute set, as {@link Board#builder()} gives. */
    public Builder() {}
  }
}
