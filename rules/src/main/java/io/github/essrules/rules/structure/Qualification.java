package io.github.essrules.rules.structure;

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
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Qualifications.EsusAgrement.class, name = "ESUS_AGREMENT"),
    @JsonSubTypes.Type(value = Qualifications.SiaeConvention.class, name = "SIAE_CONVENTION"),
    @JsonSubTypes.Type(value = Qualifications.CaeActivity.class, name = "CAE_ACTIVITY"),
    @JsonSubTypes.Type(value = Qualifications.RegieDeQuartierLabel.class, name = "REGIE_DE_QUARTIER_LABEL"),
    @JsonSubTypes.Type(value = Qualifications.UtilitePublique.class, name = "RECONNAISSANCE_UTILITE_PUBLIQUE"),
    @JsonSubTypes.Type(value = Qualifications.QpvLocation.class, name = "QPV_LOCATION")
})
public interface Qualification {
  /**
   * The first day the qualification was held, if known.
   *
   * @return the date
   */
  Optional<LocalDate> since();
}
