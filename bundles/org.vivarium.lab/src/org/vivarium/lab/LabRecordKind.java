package org.vivarium.lab;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.model.support.StudyResource;

/**
 * The kinds of records the server keeps (table animal_record): about animals, and that a session is done. Which model
 * objects they are, and which of their fields are which columns. A dose's plan (regimen, scheduled time) is stored with
 * it but set only when the dose is created from its row; changing the plan is a change of the design. A dose's window
 * reason and stock (model 1.3, schema 9) are recorded with it like its time and volume; the stock by its xmi:id.
 */
enum LabRecordKind {

    DOSE("dose", Literals.DOSING_EVENT, Literals.ANIMAL__DOSING_EVENTS,
            List.of(new Column("actual_time", Literals.DOSING_EVENT__ACTUAL_TIME),
                    new Column("body_weight_grams", Literals.DOSING_EVENT__BODY_WEIGHT_GRAMS),
                    new Column("volume_ml", Literals.DOSING_EVENT__VOLUME_ML),
                    new Column("operator", Literals.DOSING_EVENT__OPERATOR),
                    new Column("note", Literals.DOSING_EVENT__NOTE),
                    new Column("window_reason", Literals.DOSING_EVENT__WINDOW_REASON),
                    new Column("stock_id", Literals.DOSING_EVENT__STOCK)),
            List.of(new Column("regimen_id", Literals.DOSING_EVENT__REGIMEN),
                    new Column("scheduled_time", Literals.DOSING_EVENT__SCHEDULED_TIME))),
    WEIGHT("weight", Literals.BODY_WEIGHT, Literals.ANIMAL__BODY_WEIGHTS,
            List.of(new Column("measured_at", Literals.BODY_WEIGHT__MEASURED_AT),
                    new Column("weight_grams", Literals.BODY_WEIGHT__WEIGHT_GRAMS),
                    new Column("operator", Literals.BODY_WEIGHT__OPERATOR)),
            List.of()),
    STATUS("status", Literals.ANIMAL, null,
            List.of(new Column("status", Literals.ANIMAL__STATUS),
                    new Column("status_date", Literals.ANIMAL__STATUS_DATE),
                    new Column("status_reason", Literals.ANIMAL__STATUS_REASON)),
            List.of()),
    /** An assay session marked done (or open again: both unset); it has no animal. */
    SESSION("session", Literals.ASSAY_SESSION, null,
            List.of(new Column("completed_at", Literals.ASSAY_SESSION__COMPLETED_AT),
                    new Column("completed_by", Literals.ASSAY_SESSION__COMPLETED_BY)),
            List.of());

    /** A column of the table and the field it holds. */
    record Column(String name, EStructuralFeature feature) {
    }

    /** Every field column of the table, as {@link LabRecords} selects them. */
    static final List<String> COLUMNS = List.of("regimen_id", "scheduled_time", "actual_time", "body_weight_grams",
            "volume_ml", "note", "window_reason", "stock_id", "measured_at", "weight_grams", "operator", "status",
            "status_date", "status_reason", "completed_at", "completed_by");

    /** The kind's name in the table. */
    final String id;
    final EClass eClass;
    /** The animal's list that holds records of this kind (null: the record is the animal itself). */
    final EReference list;
    /** The recorded fields, set from every row. */
    final List<Column> fields;
    /** The fields set only when the object is created from its row (a dose's plan). */
    final List<Column> plan;

    LabRecordKind(String id, EClass eClass, EReference list, List<Column> fields, List<Column> plan) {
        this.id = id;
        this.eClass = eClass;
        this.list = list;
        this.fields = fields;
        this.plan = plan;
    }

    /** Whether records of this kind are about an animal (each row names it); a session's is not. */
    boolean aboutAnimal() {
        return this != SESSION;
    }

    /** The kind of a record object (null: not a record). */
    static LabRecordKind of(EObject o) {
        for (LabRecordKind kind : values()) {
            if (kind.eClass.isInstance(o)) {
                return kind;
            }
        }
        return null;
    }

    /** The kind of a row (null: a kind this Vivarium does not know). */
    static LabRecordKind named(String id) {
        for (LabRecordKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        return null;
    }

    /** A column's value as the result set holds it, by the Java type of its field. */
    static Object read(ResultSet r, Column c) throws SQLException {
        Class<?> type = c.feature().getEType().getInstanceClass();
        if (type == LocalDateTime.class || type == LocalDate.class) {
            return r.getObject(c.name(), type);
        }
        if (type == double.class || type == Double.class) {
            double d = r.getDouble(c.name());
            return r.wasNull() ? null : d;
        }
        return r.getString(c.name()); // text, an enumeration's literal, the id of a referenced object
    }

    /** A field's value as the row gives it: a referenced object by its id, a literal by its name, none as 0. */
    static Object modelValue(StudyResource resource, Column c, Object stored) {
        EStructuralFeature f = c.feature();
        if (f instanceof EReference r) {
            EObject o = stored == null ? null : resource.getEObject((String) stored);
            return r.getEReferenceType().isInstance(o) ? o : null;
        }
        if (f.getEType() instanceof EEnum e) {
            EEnumLiteral literal = stored == null ? null : e.getEEnumLiteral((String) stored);
            return literal == null ? f.getDefaultValue() : literal.getInstance();
        }
        return stored == null && f.getEType().getInstanceClass() == double.class ? Double.valueOf(0) : stored;
    }

    /** A field's value for the row sent to the server: a referenced object by its id, a literal by its name. */
    static Object storedValue(StudyResource resource, EObject o, Column c) {
        Object v = o.eGet(c.feature());
        if (v instanceof EObject ref) {
            return resource.idOf(ref);
        }
        return v instanceof Enumerator e ? e.getName() : v;
    }
}
