/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model.impl;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.vivarium.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class VivariumFactoryImpl extends EFactoryImpl implements VivariumFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static VivariumFactory init() {
		try {
			VivariumFactory theVivariumFactory = (VivariumFactory)EPackage.Registry.INSTANCE.getEFactory(VivariumPackage.eNS_URI);
			if (theVivariumFactory != null) {
				return theVivariumFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new VivariumFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VivariumFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case VivariumPackage.STUDY: return createStudy();
			case VivariumPackage.ROUTE: return createRoute();
			case VivariumPackage.COMPOUND: return createCompound();
			case VivariumPackage.TREATMENT_ARM: return createTreatmentArm();
			case VivariumPackage.DOSE_REGIMEN: return createDoseRegimen();
			case VivariumPackage.COHORT: return createCohort();
			case VivariumPackage.CAGE: return createCage();
			case VivariumPackage.ANIMAL: return createAnimal();
			case VivariumPackage.BODY_WEIGHT: return createBodyWeight();
			case VivariumPackage.DOSING_EVENT: return createDosingEvent();
			case VivariumPackage.ASSAY_DEFINITION: return createAssayDefinition();
			case VivariumPackage.MEASURE_DEFINITION: return createMeasureDefinition();
			case VivariumPackage.ASSAY_SESSION: return createAssaySession();
			case VivariumPackage.MEASUREMENT: return createMeasurement();
			case VivariumPackage.ALLOCATION_RECORD: return createAllocationRecord();
			case VivariumPackage.ALLOCATION_ENTRY: return createAllocationEntry();
			case VivariumPackage.BLINDING_EVENT: return createBlindingEvent();
			case VivariumPackage.STOCK: return createStock();
			case VivariumPackage.STOCK_ENTRY: return createStockEntry();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case VivariumPackage.STOCK_ENTRY_KIND:
				return createStockEntryKindFromString(eDataType, initialValue);
			case VivariumPackage.BLINDING_EVENT_KIND:
				return createBlindingEventKindFromString(eDataType, initialValue);
			case VivariumPackage.STUDY_STATUS:
				return createStudyStatusFromString(eDataType, initialValue);
			case VivariumPackage.EXPERIMENTAL_UNIT:
				return createExperimentalUnitFromString(eDataType, initialValue);
			case VivariumPackage.TIME_DESIGN:
				return createTimeDesignFromString(eDataType, initialValue);
			case VivariumPackage.SEX:
				return createSexFromString(eDataType, initialValue);
			case VivariumPackage.ANIMAL_STATUS:
				return createAnimalStatusFromString(eDataType, initialValue);
			case VivariumPackage.ASSAY_KIND:
				return createAssayKindFromString(eDataType, initialValue);
			case VivariumPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case VivariumPackage.LOCAL_DATE_TIME:
				return createLocalDateTimeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case VivariumPackage.STOCK_ENTRY_KIND:
				return convertStockEntryKindToString(eDataType, instanceValue);
			case VivariumPackage.BLINDING_EVENT_KIND:
				return convertBlindingEventKindToString(eDataType, instanceValue);
			case VivariumPackage.STUDY_STATUS:
				return convertStudyStatusToString(eDataType, instanceValue);
			case VivariumPackage.EXPERIMENTAL_UNIT:
				return convertExperimentalUnitToString(eDataType, instanceValue);
			case VivariumPackage.TIME_DESIGN:
				return convertTimeDesignToString(eDataType, instanceValue);
			case VivariumPackage.SEX:
				return convertSexToString(eDataType, instanceValue);
			case VivariumPackage.ANIMAL_STATUS:
				return convertAnimalStatusToString(eDataType, instanceValue);
			case VivariumPackage.ASSAY_KIND:
				return convertAssayKindToString(eDataType, instanceValue);
			case VivariumPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case VivariumPackage.LOCAL_DATE_TIME:
				return convertLocalDateTimeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study createStudy() {
		StudyImpl study = new StudyImpl();
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Route createRoute() {
		RouteImpl route = new RouteImpl();
		return route;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Compound createCompound() {
		CompoundImpl compound = new CompoundImpl();
		return compound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreatmentArm createTreatmentArm() {
		TreatmentArmImpl treatmentArm = new TreatmentArmImpl();
		return treatmentArm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DoseRegimen createDoseRegimen() {
		DoseRegimenImpl doseRegimen = new DoseRegimenImpl();
		return doseRegimen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cohort createCohort() {
		CohortImpl cohort = new CohortImpl();
		return cohort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cage createCage() {
		CageImpl cage = new CageImpl();
		return cage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Animal createAnimal() {
		AnimalImpl animal = new AnimalImpl();
		return animal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BodyWeight createBodyWeight() {
		BodyWeightImpl bodyWeight = new BodyWeightImpl();
		return bodyWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DosingEvent createDosingEvent() {
		DosingEventImpl dosingEvent = new DosingEventImpl();
		return dosingEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssayDefinition createAssayDefinition() {
		AssayDefinitionImpl assayDefinition = new AssayDefinitionImpl();
		return assayDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureDefinition createMeasureDefinition() {
		MeasureDefinitionImpl measureDefinition = new MeasureDefinitionImpl();
		return measureDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssaySession createAssaySession() {
		AssaySessionImpl assaySession = new AssaySessionImpl();
		return assaySession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measurement createMeasurement() {
		MeasurementImpl measurement = new MeasurementImpl();
		return measurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllocationRecord createAllocationRecord() {
		AllocationRecordImpl allocationRecord = new AllocationRecordImpl();
		return allocationRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AllocationEntry createAllocationEntry() {
		AllocationEntryImpl allocationEntry = new AllocationEntryImpl();
		return allocationEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BlindingEvent createBlindingEvent() {
		BlindingEventImpl blindingEvent = new BlindingEventImpl();
		return blindingEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stock createStock() {
		StockImpl stock = new StockImpl();
		return stock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StockEntry createStockEntry() {
		StockEntryImpl stockEntry = new StockEntryImpl();
		return stockEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StockEntryKind createStockEntryKindFromString(EDataType eDataType, String initialValue) {
		StockEntryKind result = StockEntryKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStockEntryKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BlindingEventKind createBlindingEventKindFromString(EDataType eDataType, String initialValue) {
		BlindingEventKind result = BlindingEventKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBlindingEventKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyStatus createStudyStatusFromString(EDataType eDataType, String initialValue) {
		StudyStatus result = StudyStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStudyStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExperimentalUnit createExperimentalUnitFromString(EDataType eDataType, String initialValue) {
		ExperimentalUnit result = ExperimentalUnit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExperimentalUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TimeDesign createTimeDesignFromString(EDataType eDataType, String initialValue) {
		TimeDesign result = TimeDesign.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTimeDesignToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sex createSexFromString(EDataType eDataType, String initialValue) {
		Sex result = Sex.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSexToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnimalStatus createAnimalStatusFromString(EDataType eDataType, String initialValue) {
		AnimalStatus result = AnimalStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAnimalStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssayKind createAssayKindFromString(EDataType eDataType, String initialValue) {
		AssayKind result = AssayKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssayKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return org.vivarium.model.support.IsoTimes.date(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDateTime createLocalDateTime(final String it) {
		return org.vivarium.model.support.IsoTimes.dateTime(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDateTime createLocalDateTimeFromString(EDataType eDataType, String initialValue) {
		return createLocalDateTime(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateTime(final LocalDateTime it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateTimeToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDateTime((LocalDateTime)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VivariumPackage getVivariumPackage() {
		return (VivariumPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static VivariumPackage getPackage() {
		return VivariumPackage.eINSTANCE;
	}

} //VivariumFactoryImpl
