package org.vivarium.core.edit;

import java.time.format.DateTimeFormatter;

import org.eclipse.emf.common.notify.Adapter;
import org.vivarium.core.schedule.Schedule;
import org.vivarium.core.study.Labels;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.Route;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.provider.AnimalItemProvider;
import org.vivarium.model.provider.AssayDefinitionItemProvider;
import org.vivarium.model.provider.AssaySessionItemProvider;
import org.vivarium.model.provider.BodyWeightItemProvider;
import org.vivarium.model.provider.CageItemProvider;
import org.vivarium.model.provider.CohortItemProvider;
import org.vivarium.model.provider.CompoundItemProvider;
import org.vivarium.model.provider.DoseRegimenItemProvider;
import org.vivarium.model.provider.DosingEventItemProvider;
import org.vivarium.model.provider.MeasureDefinitionItemProvider;
import org.vivarium.model.provider.MeasurementItemProvider;
import org.vivarium.model.provider.RouteItemProvider;
import org.vivarium.model.provider.StudyItemProvider;
import org.vivarium.model.provider.TreatmentArmItemProvider;
import org.vivarium.model.provider.VivariumItemProviderAdapterFactory;

/**
 * The generated item providers with the labels people read in a lab ("1W-017 ♀ KET+BCI", "Cage 1W-C01 (5)",
 * "FST 1 wk: 80 values, done 2026-09-25"), instead of the generated "Animal 1W-017". Everything else (children,
 * property descriptors, commands) is the generated behaviour. Headless: usable by any viewer or report.
 */
public class StudyItemProviderAdapterFactory extends VivariumItemProviderAdapterFactory {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public Adapter createStudyAdapter() {
        if (studyItemProvider == null) {
            studyItemProvider = new StudyItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Study s = (Study) object;
                    return s.getTitle() != null && !s.getTitle().isBlank() ? s.getTitle() : nz(s.getId());
                }
            };
        }
        return studyItemProvider;
    }

    @Override
    public Adapter createCompoundAdapter() {
        if (compoundItemProvider == null) {
            compoundItemProvider = new CompoundItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Compound c = (Compound) object;
                    String stock = c.isPlacebo() || c.getStockConcentrationMgPerMl() <= 0 ? ""
                            : "  " + Labels.number(c.getStockConcentrationMgPerMl()) + " mg/mL";
                    return nz(c.getName()) + stock + (c.isPlacebo() ? "  (vehicle)" : "")
                            + (c.isControlledSubstance() ? "  (controlled)" : "");
                }
            };
        }
        return compoundItemProvider;
    }

    @Override
    public Adapter createRouteAdapter() {
        if (routeItemProvider == null) {
            routeItemProvider = new RouteItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Route r = (Route) object;
                    return nz(r.getCode()) + (r.getName() == null || r.getName().isBlank() ? "" : "  " + r.getName());
                }
            };
        }
        return routeItemProvider;
    }

    @Override
    public Adapter createAnimalAdapter() {
        if (animalItemProvider == null) {
            animalItemProvider = new AnimalItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return animal((Animal) object);
                }
            };
        }
        return animalItemProvider;
    }

    @Override
    public Adapter createCageAdapter() {
        if (cageItemProvider == null) {
            cageItemProvider = new CageItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Cage c = (Cage) object;
                    return Labels.typed("Cage", nz(c.getLabel())) + " (" + c.getAnimals().size() + ")";
                }
            };
        }
        return cageItemProvider;
    }

    @Override
    public Adapter createCohortAdapter() {
        if (cohortItemProvider == null) {
            cohortItemProvider = new CohortItemProvider(this) {
                @Override
                public String getText(Object object) {
                    Cohort c = (Cohort) object;
                    return Labels.typed("Cohort", nz(c.getName())) + " (" + c.getAnimals().size() + " animals)";
                }
            };
        }
        return cohortItemProvider;
    }

    @Override
    public Adapter createTreatmentArmAdapter() {
        if (treatmentArmItemProvider == null) {
            treatmentArmItemProvider = new TreatmentArmItemProvider(this) {
                @Override
                public String getText(Object object) {
                    TreatmentArm a = (TreatmentArm) object;
                    return nz(a.getCode()) + "  " + nz(a.getLabel()) + (a.isControl() ? "  (control)" : "");
                }
            };
        }
        return treatmentArmItemProvider;
    }

    @Override
    public Adapter createDoseRegimenAdapter() {
        if (doseRegimenItemProvider == null) {
            doseRegimenItemProvider = new DoseRegimenItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.regimen((DoseRegimen) object);
                }
            };
        }
        return doseRegimenItemProvider;
    }

    @Override
    public Adapter createAssayDefinitionAdapter() {
        if (assayDefinitionItemProvider == null) {
            assayDefinitionItemProvider = new AssayDefinitionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    AssayDefinition a = (AssayDefinition) object;
                    return nz(a.getCode()) + "  " + nz(a.getName());
                }
            };
        }
        return assayDefinitionItemProvider;
    }

    @Override
    public Adapter createMeasureDefinitionAdapter() {
        if (measureDefinitionItemProvider == null) {
            measureDefinitionItemProvider = new MeasureDefinitionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    MeasureDefinition m = (MeasureDefinition) object;
                    return nz(m.getLabel()) + (m.getUnit() == null ? "" : " (" + m.getUnit() + ")");
                }
            };
        }
        return measureDefinitionItemProvider;
    }

    @Override
    public Adapter createAssaySessionAdapter() {
        if (assaySessionItemProvider == null) {
            assaySessionItemProvider = new AssaySessionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return session((AssaySession) object);
                }
            };
        }
        return assaySessionItemProvider;
    }

    @Override
    public Adapter createMeasurementAdapter() {
        if (measurementItemProvider == null) {
            measurementItemProvider = new MeasurementItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return measurement((Measurement) object);
                }
            };
        }
        return measurementItemProvider;
    }

    @Override
    public Adapter createBodyWeightAdapter() {
        if (bodyWeightItemProvider == null) {
            bodyWeightItemProvider = new BodyWeightItemProvider(this) {
                @Override
                public String getText(Object object) {
                    BodyWeight w = (BodyWeight) object;
                    return Labels.number(w.getWeightGrams()) + " g"
                            + (w.getMeasuredAt() == null ? "" : " on " + w.getMeasuredAt().format(MINUTE));
                }
            };
        }
        return bodyWeightItemProvider;
    }

    @Override
    public Adapter createDosingEventAdapter() {
        if (dosingEventItemProvider == null) {
            dosingEventItemProvider = new DosingEventItemProvider(this) {
                @Override
                public String getText(Object object) {
                    DosingEvent e = (DosingEvent) object;
                    String what = e.getRegimen() == null ? "Dose" : Labels.regimen(e.getRegimen());
                    if (e.getActualTime() != null) {
                        return what + ": " + String.format(java.util.Locale.ROOT, "%.2f mL", e.getVolumeMl())
                                + " given " + e.getActualTime().format(MINUTE);
                    }
                    return what + (e.getScheduledTime() == null ? "" : ": due " + e.getScheduledTime().format(MINUTE));
                }
            };
        }
        return dosingEventItemProvider;
    }

    static String animal(Animal a) {
        StringBuilder b = new StringBuilder(nz(a.getId()));
        if (a.getSex() == Sex.FEMALE) {
            b.append("  \u2640");
        } else if (a.getSex() == Sex.MALE) {
            b.append("  \u2642");
        }
        if (a.getArm() != null) {
            b.append("  ").append(nz(a.getArm().getCode()));
        }
        if (a.getStatus() != AnimalStatus.ACTIVE) {
            b.append("  (").append(a.getStatus().getLiteral().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .append(')');
        }
        return b.toString();
    }

    static String session(AssaySession s) {
        StringBuilder b = new StringBuilder(nz(s.getName()));
        b.append(": ").append(s.getMeasurements().size()).append(" values");
        if (s.getCompletedAt() != null) {
            b.append(", done ").append(s.getCompletedAt().format(DAY));
        } else if (Schedule.due(s) != null) {
            b.append(", due ").append(Schedule.due(s).format(MINUTE));
        }
        return b.toString();
    }

    static String measurement(Measurement m) {
        String unit = m.getAnimal() != null ? nz(m.getAnimal().getId()) : m.getCage() != null ? nz(m.getCage().getLabel())
                : "?";
        String measure = m.getMeasure() == null ? "?" : nz(m.getMeasure().getName());
        String u = m.getMeasure() == null || m.getMeasure().getUnit() == null ? "" : " " + m.getMeasure().getUnit();
        return unit + " " + measure + " = " + Labels.number(m.getValue()) + u + (m.isCensored() ? " (censored)" : "")
                + (m.isExcluded() ? " (excluded)" : "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
