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
}
