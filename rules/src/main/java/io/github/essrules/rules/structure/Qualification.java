package io.github.essrules.rules.structure;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A qualification an organisation holds that comes from outside its legal form: an agrément, a
 * convention, a label, a recognition, a location. The JSON property {@code type} tells which.
 *
 * <pre>{@code
 * {"type": "SIAE_CONVENTION", "kind": "ACI", "since": "2022-01-01", "until": "2024-12-31"}
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * <p>Legal basis: each kind cites its own text where a rule uses it — the ESUS agrément (C. trav.,
 * art. L3332-17-1), SIAE conventions (art. L5132-2), the CAE (art. L7331-1 et seq.), the QPV list
 * (décret n° 2023-1314); the CNLRQ label and the reconnaissance d'utilité publique are recorded,
 * not judged.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Qualifications.EsusAgrement.class, name = "ESUS_AGREMENT"),
    @JsonSubTypes.Type(value = Qualifications.SiaeConvention.class, name = "SIAE_CONVENTION"),
    @JsonSubTypes.Type(value = CaeActivity.class, name = "CAE_ACTIVITY"),
    @JsonSubTypes.Type(value = Qualifications.RegieDeQuartierLabel.class, name = "REGIE_DE_QUARTIER_LABEL"),
    @JsonSubTypes.Type(value = Qualifications.UtilitePublique.class, name = "RECONNAISSANCE_UTILITE_PUBLIQUE"),
    @JsonSubTypes.Type(value = QpvLocation.class, name = "QPV_LOCATION")
})
public interface Qualification {
  /**
   * The first day the qualification was held, if known.
   *
   * @return the date
   */
  @JsonPropertyDescription("The first day the qualification was held, if known.")
  Optional<LocalDate> since();
}
