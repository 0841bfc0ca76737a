/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Vivarium study metamodel, version 1.3 (1.0; 1.1 added allocation records, the blinding log and coded treatments; 1.2 the audit trail, kept in the study file beside the model; 1.3 adds repeated dose regimens with dosing windows, cumulative dose limits, the controlled-substance stock log and the analysis window of sessions scored from tracking exports). The version is part of nsURI; files written with another version are migrated or rejected on load.
 * <!-- end-model-doc -->
 * @see org.vivarium.model.VivariumFactory
 * @model kind="package"
 * @generated
 */
public interface VivariumPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://vivarium.org/model/1.3";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "vivarium";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	VivariumPackage eINSTANCE = org.vivarium.model.impl.VivariumPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.StudyImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Principal Investigator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PRINCIPAL_INVESTIGATOR = 2;

	/**
	 * The feature id for the '<em><b>Protocol Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PROTOCOL_NUMBER = 3;

	/**
	 * The feature id for the '<em><b>Species</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SPECIES = 4;

	/**
	 * The feature id for the '<em><b>Hypothesis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__HYPOTHESIS = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DESCRIPTION = 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__STATUS = 7;

	/**
	 * The feature id for the '<em><b>Experimental Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__EXPERIMENTAL_UNIT = 8;

	/**
	 * The feature id for the '<em><b>Time Design</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__TIME_DESIGN = 9;

	/**
	 * The feature id for the '<em><b>Sample Size Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SAMPLE_SIZE_RATIONALE = 10;

	/**
	 * The feature id for the '<em><b>Randomisation Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__RANDOMISATION_METHOD = 11;

	/**
	 * The feature id for the '<em><b>Blinding Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__BLINDING_METHOD = 12;

	/**
	 * The feature id for the '<em><b>Compounds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__COMPOUNDS = 13;

	/**
	 * The feature id for the '<em><b>Routes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ROUTES = 14;

	/**
	 * The feature id for the '<em><b>Arms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ARMS = 15;

	/**
	 * The feature id for the '<em><b>Cohorts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__COHORTS = 16;

	/**
	 * The feature id for the '<em><b>Assays</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ASSAYS = 17;

	/**
	 * The feature id for the '<em><b>Treatments Coded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__TREATMENTS_CODED = 18;

	/**
	 * The feature id for the '<em><b>Allocations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ALLOCATIONS = 19;

	/**
	 * The feature id for the '<em><b>Blinding Log</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__BLINDING_LOG = 20;

	/**
	 * The feature id for the '<em><b>Stocks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__STOCKS = 21;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = 22;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.RouteImpl <em>Route</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.RouteImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getRoute()
	 * @generated
	 */
	int ROUTE = 1;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Max Volume Ml Per Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE__MAX_VOLUME_ML_PER_KG = 2;

	/**
	 * The feature id for the '<em><b>Typical Volume Ml Per Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE__TYPICAL_VOLUME_ML_PER_KG = 3;

	/**
	 * The number of structural features of the '<em>Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.CompoundImpl <em>Compound</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.CompoundImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getCompound()
	 * @generated
	 */
	int COMPOUND = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOUND__NAME = 0;

	/**
	 * The feature id for the '<em><b>Placebo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOUND__PLACEBO = 1;

	/**
	 * The feature id for the '<em><b>Controlled Substance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOUND__CONTROLLED_SUBSTANCE = 2;

	/**
	 * The feature id for the '<em><b>Stock Concentration Mg Per Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOUND__STOCK_CONCENTRATION_MG_PER_ML = 3;

	/**
	 * The feature id for the '<em><b>Vehicle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOUND__VEHICLE = 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOUND__DESCRIPTION = 5;

	/**
	 * The feature id for the '<em><b>Blinded Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOUND__BLINDED_CODE = 6;

	/**
	 * The feature id for the '<em><b>Cumulative Limit Mg Per Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOUND__CUMULATIVE_LIMIT_MG_PER_KG = 7;

	/**
	 * The number of structural features of the '<em>Compound</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOUND_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Compound</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPOUND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.TreatmentArmImpl <em>Treatment Arm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.TreatmentArmImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getTreatmentArm()
	 * @generated
	 */
	int TREATMENT_ARM = 3;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_ARM__CODE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_ARM__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Blinded Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_ARM__BLINDED_CODE = 2;

	/**
	 * The feature id for the '<em><b>Control</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_ARM__CONTROL = 3;

	/**
	 * The feature id for the '<em><b>Planned N</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_ARM__PLANNED_N = 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_ARM__DESCRIPTION = 5;

	/**
	 * The feature id for the '<em><b>Regimens</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_ARM__REGIMENS = 6;

	/**
	 * The number of structural features of the '<em>Treatment Arm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_ARM_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Treatment Arm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TREATMENT_ARM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.DoseRegimenImpl <em>Dose Regimen</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.DoseRegimenImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getDoseRegimen()
	 * @generated
	 */
	int DOSE_REGIMEN = 4;

	/**
	 * The feature id for the '<em><b>Compound</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_REGIMEN__COMPOUND = 0;

	/**
	 * The feature id for the '<em><b>Dose Mg Per Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_REGIMEN__DOSE_MG_PER_KG = 1;

	/**
	 * The feature id for the '<em><b>Route</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_REGIMEN__ROUTE = 2;

	/**
	 * The feature id for the '<em><b>Volume Ml Per Kg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_REGIMEN__VOLUME_ML_PER_KG = 3;

	/**
	 * The feature id for the '<em><b>Offset Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_REGIMEN__OFFSET_HOURS = 4;

	/**
	 * The feature id for the '<em><b>Every Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_REGIMEN__EVERY_HOURS = 5;

	/**
	 * The feature id for the '<em><b>Doses</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_REGIMEN__DOSES = 6;

	/**
	 * The feature id for the '<em><b>Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_REGIMEN__UNTIL = 7;

	/**
	 * The feature id for the '<em><b>Days</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_REGIMEN__DAYS = 8;

	/**
	 * The feature id for the '<em><b>Times Of Day</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_REGIMEN__TIMES_OF_DAY = 9;

	/**
	 * The feature id for the '<em><b>Window Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_REGIMEN__WINDOW_MINUTES = 10;

	/**
	 * The number of structural features of the '<em>Dose Regimen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_REGIMEN_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Dose Regimen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSE_REGIMEN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.CohortImpl <em>Cohort</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.CohortImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getCohort()
	 * @generated
	 */
	int COHORT = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Strain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__STRAIN = 1;

	/**
	 * The feature id for the '<em><b>Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__SEX = 2;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__VENDOR = 3;

	/**
	 * The feature id for the '<em><b>Arrival Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__ARRIVAL_DATE = 4;

	/**
	 * The feature id for the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__BIRTH_DATE = 5;

	/**
	 * The feature id for the '<em><b>Timepoint Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__TIMEPOINT_HOURS = 6;

	/**
	 * The feature id for the '<em><b>Anchor Dose Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__ANCHOR_DOSE_TIME = 7;

	/**
	 * The feature id for the '<em><b>Cages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__CAGES = 8;

	/**
	 * The feature id for the '<em><b>Animals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT__ANIMALS = 9;

	/**
	 * The number of structural features of the '<em>Cohort</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Cohort</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COHORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.CageImpl <em>Cage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.CageImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getCage()
	 * @generated
	 */
	int CAGE = 6;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAGE__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAGE__LOCATION = 1;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAGE__CAPACITY = 2;

	/**
	 * The feature id for the '<em><b>Animals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAGE__ANIMALS = 3;

	/**
	 * The number of structural features of the '<em>Cage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAGE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Cage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.AnimalImpl <em>Animal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.AnimalImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getAnimal()
	 * @generated
	 */
	int ANIMAL = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANIMAL__ID = 0;

	/**
	 * The feature id for the '<em><b>Ear Tag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANIMAL__EAR_TAG = 1;

	/**
	 * The feature id for the '<em><b>Blind Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANIMAL__BLIND_CODE = 2;

	/**
	 * The feature id for the '<em><b>Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANIMAL__SEX = 3;

	/**
	 * The feature id for the '<em><b>Date Of Birth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANIMAL__DATE_OF_BIRTH = 4;

	/**
	 * The feature id for the '<em><b>Genotype</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANIMAL__GENOTYPE = 5;

	/**
	 * The feature id for the '<em><b>Cage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANIMAL__CAGE = 6;

	/**
	 * The feature id for the '<em><b>Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANIMAL__ARM = 7;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANIMAL__STATUS = 8;

	/**
	 * The feature id for the '<em><b>Status Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANIMAL__STATUS_DATE = 9;

	/**
	 * The feature id for the '<em><b>Status Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANIMAL__STATUS_REASON = 10;

	/**
	 * The feature id for the '<em><b>Body Weights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANIMAL__BODY_WEIGHTS = 11;

	/**
	 * The feature id for the '<em><b>Dosing Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANIMAL__DOSING_EVENTS = 12;

	/**
	 * The number of structural features of the '<em>Animal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANIMAL_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Animal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANIMAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.BodyWeightImpl <em>Body Weight</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.BodyWeightImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getBodyWeight()
	 * @generated
	 */
	int BODY_WEIGHT = 8;

	/**
	 * The feature id for the '<em><b>Measured At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY_WEIGHT__MEASURED_AT = 0;

	/**
	 * The feature id for the '<em><b>Weight Grams</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY_WEIGHT__WEIGHT_GRAMS = 1;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY_WEIGHT__OPERATOR = 2;

	/**
	 * The number of structural features of the '<em>Body Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY_WEIGHT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Body Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BODY_WEIGHT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.DosingEventImpl <em>Dosing Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.DosingEventImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getDosingEvent()
	 * @generated
	 */
	int DOSING_EVENT = 9;

	/**
	 * The feature id for the '<em><b>Animal</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSING_EVENT__ANIMAL = 0;

	/**
	 * The feature id for the '<em><b>Regimen</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSING_EVENT__REGIMEN = 1;

	/**
	 * The feature id for the '<em><b>Scheduled Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSING_EVENT__SCHEDULED_TIME = 2;

	/**
	 * The feature id for the '<em><b>Actual Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSING_EVENT__ACTUAL_TIME = 3;

	/**
	 * The feature id for the '<em><b>Body Weight Grams</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSING_EVENT__BODY_WEIGHT_GRAMS = 4;

	/**
	 * The feature id for the '<em><b>Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSING_EVENT__VOLUME_ML = 5;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSING_EVENT__OPERATOR = 6;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSING_EVENT__NOTE = 7;

	/**
	 * The feature id for the '<em><b>Window Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSING_EVENT__WINDOW_REASON = 8;

	/**
	 * The feature id for the '<em><b>Stock</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSING_EVENT__STOCK = 9;

	/**
	 * The number of structural features of the '<em>Dosing Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSING_EVENT_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Dosing Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOSING_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.AssayDefinitionImpl <em>Assay Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.AssayDefinitionImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getAssayDefinition()
	 * @generated
	 */
	int ASSAY_DEFINITION = 10;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_DEFINITION__CODE = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_DEFINITION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_DEFINITION__NAME = 2;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_DEFINITION__PROTOCOL = 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_DEFINITION__UNIT = 4;

	/**
	 * The feature id for the '<em><b>Measures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_DEFINITION__MEASURES = 5;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_DEFINITION__SESSIONS = 6;

	/**
	 * The number of structural features of the '<em>Assay Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_DEFINITION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Assay Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.MeasureDefinitionImpl <em>Measure Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.MeasureDefinitionImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getMeasureDefinition()
	 * @generated
	 */
	int MEASURE_DEFINITION = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_DEFINITION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_DEFINITION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_DEFINITION__UNIT = 2;

	/**
	 * The feature id for the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_DEFINITION__MINIMUM = 3;

	/**
	 * The feature id for the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_DEFINITION__MAXIMUM = 4;

	/**
	 * The feature id for the '<em><b>Censoring Cutoff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_DEFINITION__CENSORING_CUTOFF = 5;

	/**
	 * The feature id for the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_DEFINITION__PRIMARY = 6;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_DEFINITION__ALIASES = 7;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_DEFINITION__DESCRIPTION = 8;

	/**
	 * The number of structural features of the '<em>Measure Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_DEFINITION_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Measure Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASURE_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.AssaySessionImpl <em>Assay Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.AssaySessionImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getAssaySession()
	 * @generated
	 */
	int ASSAY_SESSION = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_SESSION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Cohort</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_SESSION__COHORT = 1;

	/**
	 * The feature id for the '<em><b>Animals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_SESSION__ANIMALS = 2;

	/**
	 * The feature id for the '<em><b>Time From Dose Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_SESSION__TIME_FROM_DOSE_HOURS = 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_SESSION__DATE = 4;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_SESSION__OPERATOR = 5;

	/**
	 * The feature id for the '<em><b>Blinded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_SESSION__BLINDED = 6;

	/**
	 * The feature id for the '<em><b>Completed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_SESSION__COMPLETED_BY = 7;

	/**
	 * The feature id for the '<em><b>Completed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_SESSION__COMPLETED_AT = 8;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_SESSION__MEASUREMENTS = 9;

	/**
	 * The feature id for the '<em><b>Analysis Start Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_SESSION__ANALYSIS_START_SECONDS = 10;

	/**
	 * The feature id for the '<em><b>Analysis End Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_SESSION__ANALYSIS_END_SECONDS = 11;

	/**
	 * The feature id for the '<em><b>Scoring</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_SESSION__SCORING = 12;

	/**
	 * The number of structural features of the '<em>Assay Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_SESSION_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Assay Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSAY_SESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.MeasurementImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 13;

	/**
	 * The feature id for the '<em><b>Animal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__ANIMAL = 0;

	/**
	 * The feature id for the '<em><b>Cage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__CAGE = 1;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__MEASURE = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__VALUE = 3;

	/**
	 * The feature id for the '<em><b>Censored</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__CENSORED = 4;

	/**
	 * The feature id for the '<em><b>Excluded</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__EXCLUDED = 5;

	/**
	 * The feature id for the '<em><b>Exclusion Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__EXCLUSION_REASON = 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__SOURCE = 7;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.AllocationRecordImpl <em>Allocation Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.AllocationRecordImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getAllocationRecord()
	 * @generated
	 */
	int ALLOCATION_RECORD = 14;

	/**
	 * The feature id for the '<em><b>Cohort</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RECORD__COHORT = 0;

	/**
	 * The feature id for the '<em><b>Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RECORD__ALGORITHM = 1;

	/**
	 * The feature id for the '<em><b>Algorithm Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RECORD__ALGORITHM_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RECORD__SEED = 3;

	/**
	 * The feature id for the '<em><b>Strata</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RECORD__STRATA = 4;

	/**
	 * The feature id for the '<em><b>Block Sizes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RECORD__BLOCK_SIZES = 5;

	/**
	 * The feature id for the '<em><b>By Cage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RECORD__BY_CAGE = 6;

	/**
	 * The feature id for the '<em><b>Arms</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RECORD__ARMS = 7;

	/**
	 * The feature id for the '<em><b>Ratio</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RECORD__RATIO = 8;

	/**
	 * The feature id for the '<em><b>Generated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RECORD__GENERATED_BY = 9;

	/**
	 * The feature id for the '<em><b>Generated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RECORD__GENERATED_AT = 10;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RECORD__REASON = 11;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RECORD__ENTRIES = 12;

	/**
	 * The number of structural features of the '<em>Allocation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RECORD_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Allocation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.AllocationEntryImpl <em>Allocation Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.AllocationEntryImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getAllocationEntry()
	 * @generated
	 */
	int ALLOCATION_ENTRY = 15;

	/**
	 * The feature id for the '<em><b>Animal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ENTRY__ANIMAL = 0;

	/**
	 * The feature id for the '<em><b>Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ENTRY__ARM = 1;

	/**
	 * The feature id for the '<em><b>Stratum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ENTRY__STRATUM = 2;

	/**
	 * The feature id for the '<em><b>Block</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ENTRY__BLOCK = 3;

	/**
	 * The feature id for the '<em><b>Blind Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ENTRY__BLIND_CODE = 4;

	/**
	 * The number of structural features of the '<em>Allocation Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ENTRY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Allocation Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.BlindingEventImpl <em>Blinding Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.BlindingEventImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getBlindingEvent()
	 * @generated
	 */
	int BLINDING_EVENT = 16;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINDING_EVENT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Cohort</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINDING_EVENT__COHORT = 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINDING_EVENT__AT = 2;

	/**
	 * The feature id for the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINDING_EVENT__BY = 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINDING_EVENT__REASON = 4;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINDING_EVENT__DETAIL = 5;

	/**
	 * The number of structural features of the '<em>Blinding Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINDING_EVENT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Blinding Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLINDING_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.StockImpl <em>Stock</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.StockImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getStock()
	 * @generated
	 */
	int STOCK = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__ID = 0;

	/**
	 * The feature id for the '<em><b>Compound</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__COMPOUND = 1;

	/**
	 * The feature id for the '<em><b>Lot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__LOT = 2;

	/**
	 * The feature id for the '<em><b>Supplier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__SUPPLIER = 3;

	/**
	 * The feature id for the '<em><b>Concentration Mg Per Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__CONCENTRATION_MG_PER_ML = 4;

	/**
	 * The feature id for the '<em><b>Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__VOLUME_ML = 5;

	/**
	 * The feature id for the '<em><b>Received At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__RECEIVED_AT = 6;

	/**
	 * The feature id for the '<em><b>Received By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__RECEIVED_BY = 7;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__LOCATION = 8;

	/**
	 * The feature id for the '<em><b>Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__EXPIRY = 9;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__SOURCE = 10;

	/**
	 * The feature id for the '<em><b>Source Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__SOURCE_VOLUME_ML = 11;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK__ENTRIES = 12;

	/**
	 * The number of structural features of the '<em>Stock</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Stock</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.impl.StockEntryImpl <em>Stock Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.impl.StockEntryImpl
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getStockEntry()
	 * @generated
	 */
	int STOCK_ENTRY = 18;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_ENTRY__KIND = 0;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_ENTRY__AT = 1;

	/**
	 * The feature id for the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_ENTRY__BY = 2;

	/**
	 * The feature id for the '<em><b>Witness</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_ENTRY__WITNESS = 3;

	/**
	 * The feature id for the '<em><b>Volume Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_ENTRY__VOLUME_ML = 4;

	/**
	 * The feature id for the '<em><b>Counted Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_ENTRY__COUNTED_ML = 5;

	/**
	 * The feature id for the '<em><b>Expected Ml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_ENTRY__EXPECTED_ML = 6;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_ENTRY__REASON = 7;

	/**
	 * The feature id for the '<em><b>Dose</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_ENTRY__DOSE = 8;

	/**
	 * The number of structural features of the '<em>Stock Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_ENTRY_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Stock Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STOCK_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vivarium.model.StockEntryKind <em>Stock Entry Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.StockEntryKind
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getStockEntryKind()
	 * @generated
	 */
	int STOCK_ENTRY_KIND = 19;

	/**
	 * The meta object id for the '{@link org.vivarium.model.BlindingEventKind <em>Blinding Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.BlindingEventKind
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getBlindingEventKind()
	 * @generated
	 */
	int BLINDING_EVENT_KIND = 20;

	/**
	 * The meta object id for the '{@link org.vivarium.model.StudyStatus <em>Study Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.StudyStatus
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getStudyStatus()
	 * @generated
	 */
	int STUDY_STATUS = 21;

	/**
	 * The meta object id for the '{@link org.vivarium.model.ExperimentalUnit <em>Experimental Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.ExperimentalUnit
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getExperimentalUnit()
	 * @generated
	 */
	int EXPERIMENTAL_UNIT = 22;

	/**
	 * The meta object id for the '{@link org.vivarium.model.TimeDesign <em>Time Design</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.TimeDesign
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getTimeDesign()
	 * @generated
	 */
	int TIME_DESIGN = 23;

	/**
	 * The meta object id for the '{@link org.vivarium.model.Sex <em>Sex</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.Sex
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getSex()
	 * @generated
	 */
	int SEX = 24;

	/**
	 * The meta object id for the '{@link org.vivarium.model.AnimalStatus <em>Animal Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.AnimalStatus
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getAnimalStatus()
	 * @generated
	 */
	int ANIMAL_STATUS = 25;

	/**
	 * The meta object id for the '{@link org.vivarium.model.AssayKind <em>Assay Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vivarium.model.AssayKind
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getAssayKind()
	 * @generated
	 */
	int ASSAY_KIND = 26;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 27;

	/**
	 * The meta object id for the '<em>Local Date Time</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDateTime
	 * @see org.vivarium.model.impl.VivariumPackageImpl#getLocalDateTime()
	 * @generated
	 */
	int LOCAL_DATE_TIME = 28;


	/**
	 * Returns the meta object for class '{@link org.vivarium.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see org.vivarium.model.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Study#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.vivarium.model.Study#getId()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Study#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.vivarium.model.Study#getTitle()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Study#getPrincipalInvestigator <em>Principal Investigator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Principal Investigator</em>'.
	 * @see org.vivarium.model.Study#getPrincipalInvestigator()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_PrincipalInvestigator();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Study#getProtocolNumber <em>Protocol Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol Number</em>'.
	 * @see org.vivarium.model.Study#getProtocolNumber()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_ProtocolNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Study#getSpecies <em>Species</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Species</em>'.
	 * @see org.vivarium.model.Study#getSpecies()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Species();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Study#getHypothesis <em>Hypothesis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hypothesis</em>'.
	 * @see org.vivarium.model.Study#getHypothesis()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Hypothesis();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Study#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.vivarium.model.Study#getDescription()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Study#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.vivarium.model.Study#getStatus()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Study#getExperimentalUnit <em>Experimental Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Experimental Unit</em>'.
	 * @see org.vivarium.model.Study#getExperimentalUnit()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_ExperimentalUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Study#getTimeDesign <em>Time Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Design</em>'.
	 * @see org.vivarium.model.Study#getTimeDesign()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_TimeDesign();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Study#getSampleSizeRationale <em>Sample Size Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sample Size Rationale</em>'.
	 * @see org.vivarium.model.Study#getSampleSizeRationale()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_SampleSizeRationale();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Study#getRandomisationMethod <em>Randomisation Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Randomisation Method</em>'.
	 * @see org.vivarium.model.Study#getRandomisationMethod()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_RandomisationMethod();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Study#getBlindingMethod <em>Blinding Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blinding Method</em>'.
	 * @see org.vivarium.model.Study#getBlindingMethod()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_BlindingMethod();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.Study#getCompounds <em>Compounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Compounds</em>'.
	 * @see org.vivarium.model.Study#getCompounds()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Compounds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.Study#getRoutes <em>Routes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Routes</em>'.
	 * @see org.vivarium.model.Study#getRoutes()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Routes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.Study#getArms <em>Arms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Arms</em>'.
	 * @see org.vivarium.model.Study#getArms()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Arms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.Study#getCohorts <em>Cohorts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cohorts</em>'.
	 * @see org.vivarium.model.Study#getCohorts()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Cohorts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.Study#getAssays <em>Assays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assays</em>'.
	 * @see org.vivarium.model.Study#getAssays()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Assays();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Study#isTreatmentsCoded <em>Treatments Coded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Treatments Coded</em>'.
	 * @see org.vivarium.model.Study#isTreatmentsCoded()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_TreatmentsCoded();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.Study#getAllocations <em>Allocations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Allocations</em>'.
	 * @see org.vivarium.model.Study#getAllocations()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Allocations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.Study#getBlindingLog <em>Blinding Log</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Blinding Log</em>'.
	 * @see org.vivarium.model.Study#getBlindingLog()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_BlindingLog();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.Study#getStocks <em>Stocks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stocks</em>'.
	 * @see org.vivarium.model.Study#getStocks()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Stocks();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.Route <em>Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Route</em>'.
	 * @see org.vivarium.model.Route
	 * @generated
	 */
	EClass getRoute();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Route#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.vivarium.model.Route#getCode()
	 * @see #getRoute()
	 * @generated
	 */
	EAttribute getRoute_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Route#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vivarium.model.Route#getName()
	 * @see #getRoute()
	 * @generated
	 */
	EAttribute getRoute_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Route#getMaxVolumeMlPerKg <em>Max Volume Ml Per Kg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Volume Ml Per Kg</em>'.
	 * @see org.vivarium.model.Route#getMaxVolumeMlPerKg()
	 * @see #getRoute()
	 * @generated
	 */
	EAttribute getRoute_MaxVolumeMlPerKg();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Route#getTypicalVolumeMlPerKg <em>Typical Volume Ml Per Kg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Typical Volume Ml Per Kg</em>'.
	 * @see org.vivarium.model.Route#getTypicalVolumeMlPerKg()
	 * @see #getRoute()
	 * @generated
	 */
	EAttribute getRoute_TypicalVolumeMlPerKg();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.Compound <em>Compound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Compound</em>'.
	 * @see org.vivarium.model.Compound
	 * @generated
	 */
	EClass getCompound();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Compound#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vivarium.model.Compound#getName()
	 * @see #getCompound()
	 * @generated
	 */
	EAttribute getCompound_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Compound#isPlacebo <em>Placebo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Placebo</em>'.
	 * @see org.vivarium.model.Compound#isPlacebo()
	 * @see #getCompound()
	 * @generated
	 */
	EAttribute getCompound_Placebo();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Compound#isControlledSubstance <em>Controlled Substance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controlled Substance</em>'.
	 * @see org.vivarium.model.Compound#isControlledSubstance()
	 * @see #getCompound()
	 * @generated
	 */
	EAttribute getCompound_ControlledSubstance();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Compound#getStockConcentrationMgPerMl <em>Stock Concentration Mg Per Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stock Concentration Mg Per Ml</em>'.
	 * @see org.vivarium.model.Compound#getStockConcentrationMgPerMl()
	 * @see #getCompound()
	 * @generated
	 */
	EAttribute getCompound_StockConcentrationMgPerMl();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Compound#getVehicle <em>Vehicle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vehicle</em>'.
	 * @see org.vivarium.model.Compound#getVehicle()
	 * @see #getCompound()
	 * @generated
	 */
	EAttribute getCompound_Vehicle();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Compound#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.vivarium.model.Compound#getDescription()
	 * @see #getCompound()
	 * @generated
	 */
	EAttribute getCompound_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Compound#getBlindedCode <em>Blinded Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blinded Code</em>'.
	 * @see org.vivarium.model.Compound#getBlindedCode()
	 * @see #getCompound()
	 * @generated
	 */
	EAttribute getCompound_BlindedCode();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Compound#getCumulativeLimitMgPerKg <em>Cumulative Limit Mg Per Kg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cumulative Limit Mg Per Kg</em>'.
	 * @see org.vivarium.model.Compound#getCumulativeLimitMgPerKg()
	 * @see #getCompound()
	 * @generated
	 */
	EAttribute getCompound_CumulativeLimitMgPerKg();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.TreatmentArm <em>Treatment Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Treatment Arm</em>'.
	 * @see org.vivarium.model.TreatmentArm
	 * @generated
	 */
	EClass getTreatmentArm();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.TreatmentArm#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.vivarium.model.TreatmentArm#getCode()
	 * @see #getTreatmentArm()
	 * @generated
	 */
	EAttribute getTreatmentArm_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.TreatmentArm#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.vivarium.model.TreatmentArm#getLabel()
	 * @see #getTreatmentArm()
	 * @generated
	 */
	EAttribute getTreatmentArm_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.TreatmentArm#getBlindedCode <em>Blinded Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blinded Code</em>'.
	 * @see org.vivarium.model.TreatmentArm#getBlindedCode()
	 * @see #getTreatmentArm()
	 * @generated
	 */
	EAttribute getTreatmentArm_BlindedCode();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.TreatmentArm#isControl <em>Control</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Control</em>'.
	 * @see org.vivarium.model.TreatmentArm#isControl()
	 * @see #getTreatmentArm()
	 * @generated
	 */
	EAttribute getTreatmentArm_Control();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.TreatmentArm#getPlannedN <em>Planned N</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned N</em>'.
	 * @see org.vivarium.model.TreatmentArm#getPlannedN()
	 * @see #getTreatmentArm()
	 * @generated
	 */
	EAttribute getTreatmentArm_PlannedN();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.TreatmentArm#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.vivarium.model.TreatmentArm#getDescription()
	 * @see #getTreatmentArm()
	 * @generated
	 */
	EAttribute getTreatmentArm_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.TreatmentArm#getRegimens <em>Regimens</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regimens</em>'.
	 * @see org.vivarium.model.TreatmentArm#getRegimens()
	 * @see #getTreatmentArm()
	 * @generated
	 */
	EReference getTreatmentArm_Regimens();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.DoseRegimen <em>Dose Regimen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dose Regimen</em>'.
	 * @see org.vivarium.model.DoseRegimen
	 * @generated
	 */
	EClass getDoseRegimen();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.DoseRegimen#getCompound <em>Compound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Compound</em>'.
	 * @see org.vivarium.model.DoseRegimen#getCompound()
	 * @see #getDoseRegimen()
	 * @generated
	 */
	EReference getDoseRegimen_Compound();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.DoseRegimen#getDoseMgPerKg <em>Dose Mg Per Kg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dose Mg Per Kg</em>'.
	 * @see org.vivarium.model.DoseRegimen#getDoseMgPerKg()
	 * @see #getDoseRegimen()
	 * @generated
	 */
	EAttribute getDoseRegimen_DoseMgPerKg();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.DoseRegimen#getRoute <em>Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Route</em>'.
	 * @see org.vivarium.model.DoseRegimen#getRoute()
	 * @see #getDoseRegimen()
	 * @generated
	 */
	EReference getDoseRegimen_Route();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.DoseRegimen#getVolumeMlPerKg <em>Volume Ml Per Kg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume Ml Per Kg</em>'.
	 * @see org.vivarium.model.DoseRegimen#getVolumeMlPerKg()
	 * @see #getDoseRegimen()
	 * @generated
	 */
	EAttribute getDoseRegimen_VolumeMlPerKg();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.DoseRegimen#getOffsetHours <em>Offset Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset Hours</em>'.
	 * @see org.vivarium.model.DoseRegimen#getOffsetHours()
	 * @see #getDoseRegimen()
	 * @generated
	 */
	EAttribute getDoseRegimen_OffsetHours();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.DoseRegimen#getEveryHours <em>Every Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Every Hours</em>'.
	 * @see org.vivarium.model.DoseRegimen#getEveryHours()
	 * @see #getDoseRegimen()
	 * @generated
	 */
	EAttribute getDoseRegimen_EveryHours();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.DoseRegimen#getDoses <em>Doses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Doses</em>'.
	 * @see org.vivarium.model.DoseRegimen#getDoses()
	 * @see #getDoseRegimen()
	 * @generated
	 */
	EAttribute getDoseRegimen_Doses();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.DoseRegimen#getUntil <em>Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Until</em>'.
	 * @see org.vivarium.model.DoseRegimen#getUntil()
	 * @see #getDoseRegimen()
	 * @generated
	 */
	EAttribute getDoseRegimen_Until();

	/**
	 * Returns the meta object for the attribute list '{@link org.vivarium.model.DoseRegimen#getDays <em>Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Days</em>'.
	 * @see org.vivarium.model.DoseRegimen#getDays()
	 * @see #getDoseRegimen()
	 * @generated
	 */
	EAttribute getDoseRegimen_Days();

	/**
	 * Returns the meta object for the attribute list '{@link org.vivarium.model.DoseRegimen#getTimesOfDay <em>Times Of Day</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Times Of Day</em>'.
	 * @see org.vivarium.model.DoseRegimen#getTimesOfDay()
	 * @see #getDoseRegimen()
	 * @generated
	 */
	EAttribute getDoseRegimen_TimesOfDay();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.DoseRegimen#getWindowMinutes <em>Window Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Minutes</em>'.
	 * @see org.vivarium.model.DoseRegimen#getWindowMinutes()
	 * @see #getDoseRegimen()
	 * @generated
	 */
	EAttribute getDoseRegimen_WindowMinutes();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.Cohort <em>Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cohort</em>'.
	 * @see org.vivarium.model.Cohort
	 * @generated
	 */
	EClass getCohort();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Cohort#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vivarium.model.Cohort#getName()
	 * @see #getCohort()
	 * @generated
	 */
	EAttribute getCohort_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Cohort#getStrain <em>Strain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strain</em>'.
	 * @see org.vivarium.model.Cohort#getStrain()
	 * @see #getCohort()
	 * @generated
	 */
	EAttribute getCohort_Strain();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Cohort#getSex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sex</em>'.
	 * @see org.vivarium.model.Cohort#getSex()
	 * @see #getCohort()
	 * @generated
	 */
	EAttribute getCohort_Sex();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Cohort#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.vivarium.model.Cohort#getVendor()
	 * @see #getCohort()
	 * @generated
	 */
	EAttribute getCohort_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Cohort#getArrivalDate <em>Arrival Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arrival Date</em>'.
	 * @see org.vivarium.model.Cohort#getArrivalDate()
	 * @see #getCohort()
	 * @generated
	 */
	EAttribute getCohort_ArrivalDate();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Cohort#getBirthDate <em>Birth Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Date</em>'.
	 * @see org.vivarium.model.Cohort#getBirthDate()
	 * @see #getCohort()
	 * @generated
	 */
	EAttribute getCohort_BirthDate();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Cohort#getTimepointHours <em>Timepoint Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timepoint Hours</em>'.
	 * @see org.vivarium.model.Cohort#getTimepointHours()
	 * @see #getCohort()
	 * @generated
	 */
	EAttribute getCohort_TimepointHours();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Cohort#getAnchorDoseTime <em>Anchor Dose Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anchor Dose Time</em>'.
	 * @see org.vivarium.model.Cohort#getAnchorDoseTime()
	 * @see #getCohort()
	 * @generated
	 */
	EAttribute getCohort_AnchorDoseTime();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.Cohort#getCages <em>Cages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cages</em>'.
	 * @see org.vivarium.model.Cohort#getCages()
	 * @see #getCohort()
	 * @generated
	 */
	EReference getCohort_Cages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.Cohort#getAnimals <em>Animals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Animals</em>'.
	 * @see org.vivarium.model.Cohort#getAnimals()
	 * @see #getCohort()
	 * @generated
	 */
	EReference getCohort_Animals();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.Cage <em>Cage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cage</em>'.
	 * @see org.vivarium.model.Cage
	 * @generated
	 */
	EClass getCage();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Cage#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.vivarium.model.Cage#getLabel()
	 * @see #getCage()
	 * @generated
	 */
	EAttribute getCage_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Cage#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.vivarium.model.Cage#getLocation()
	 * @see #getCage()
	 * @generated
	 */
	EAttribute getCage_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Cage#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity</em>'.
	 * @see org.vivarium.model.Cage#getCapacity()
	 * @see #getCage()
	 * @generated
	 */
	EAttribute getCage_Capacity();

	/**
	 * Returns the meta object for the reference list '{@link org.vivarium.model.Cage#getAnimals <em>Animals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Animals</em>'.
	 * @see org.vivarium.model.Cage#getAnimals()
	 * @see #getCage()
	 * @generated
	 */
	EReference getCage_Animals();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.Animal <em>Animal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Animal</em>'.
	 * @see org.vivarium.model.Animal
	 * @generated
	 */
	EClass getAnimal();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Animal#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.vivarium.model.Animal#getId()
	 * @see #getAnimal()
	 * @generated
	 */
	EAttribute getAnimal_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Animal#getEarTag <em>Ear Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ear Tag</em>'.
	 * @see org.vivarium.model.Animal#getEarTag()
	 * @see #getAnimal()
	 * @generated
	 */
	EAttribute getAnimal_EarTag();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Animal#getBlindCode <em>Blind Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blind Code</em>'.
	 * @see org.vivarium.model.Animal#getBlindCode()
	 * @see #getAnimal()
	 * @generated
	 */
	EAttribute getAnimal_BlindCode();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Animal#getSex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sex</em>'.
	 * @see org.vivarium.model.Animal#getSex()
	 * @see #getAnimal()
	 * @generated
	 */
	EAttribute getAnimal_Sex();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Animal#getDateOfBirth <em>Date Of Birth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Of Birth</em>'.
	 * @see org.vivarium.model.Animal#getDateOfBirth()
	 * @see #getAnimal()
	 * @generated
	 */
	EAttribute getAnimal_DateOfBirth();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Animal#getGenotype <em>Genotype</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Genotype</em>'.
	 * @see org.vivarium.model.Animal#getGenotype()
	 * @see #getAnimal()
	 * @generated
	 */
	EAttribute getAnimal_Genotype();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.Animal#getCage <em>Cage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cage</em>'.
	 * @see org.vivarium.model.Animal#getCage()
	 * @see #getAnimal()
	 * @generated
	 */
	EReference getAnimal_Cage();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.Animal#getArm <em>Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Arm</em>'.
	 * @see org.vivarium.model.Animal#getArm()
	 * @see #getAnimal()
	 * @generated
	 */
	EReference getAnimal_Arm();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Animal#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.vivarium.model.Animal#getStatus()
	 * @see #getAnimal()
	 * @generated
	 */
	EAttribute getAnimal_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Animal#getStatusDate <em>Status Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Date</em>'.
	 * @see org.vivarium.model.Animal#getStatusDate()
	 * @see #getAnimal()
	 * @generated
	 */
	EAttribute getAnimal_StatusDate();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Animal#getStatusReason <em>Status Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Reason</em>'.
	 * @see org.vivarium.model.Animal#getStatusReason()
	 * @see #getAnimal()
	 * @generated
	 */
	EAttribute getAnimal_StatusReason();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.Animal#getBodyWeights <em>Body Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Body Weights</em>'.
	 * @see org.vivarium.model.Animal#getBodyWeights()
	 * @see #getAnimal()
	 * @generated
	 */
	EReference getAnimal_BodyWeights();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.Animal#getDosingEvents <em>Dosing Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dosing Events</em>'.
	 * @see org.vivarium.model.Animal#getDosingEvents()
	 * @see #getAnimal()
	 * @generated
	 */
	EReference getAnimal_DosingEvents();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.BodyWeight <em>Body Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Body Weight</em>'.
	 * @see org.vivarium.model.BodyWeight
	 * @generated
	 */
	EClass getBodyWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.BodyWeight#getMeasuredAt <em>Measured At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measured At</em>'.
	 * @see org.vivarium.model.BodyWeight#getMeasuredAt()
	 * @see #getBodyWeight()
	 * @generated
	 */
	EAttribute getBodyWeight_MeasuredAt();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.BodyWeight#getWeightGrams <em>Weight Grams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Grams</em>'.
	 * @see org.vivarium.model.BodyWeight#getWeightGrams()
	 * @see #getBodyWeight()
	 * @generated
	 */
	EAttribute getBodyWeight_WeightGrams();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.BodyWeight#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.vivarium.model.BodyWeight#getOperator()
	 * @see #getBodyWeight()
	 * @generated
	 */
	EAttribute getBodyWeight_Operator();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.DosingEvent <em>Dosing Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dosing Event</em>'.
	 * @see org.vivarium.model.DosingEvent
	 * @generated
	 */
	EClass getDosingEvent();

	/**
	 * Returns the meta object for the container reference '{@link org.vivarium.model.DosingEvent#getAnimal <em>Animal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Animal</em>'.
	 * @see org.vivarium.model.DosingEvent#getAnimal()
	 * @see #getDosingEvent()
	 * @generated
	 */
	EReference getDosingEvent_Animal();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.DosingEvent#getRegimen <em>Regimen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Regimen</em>'.
	 * @see org.vivarium.model.DosingEvent#getRegimen()
	 * @see #getDosingEvent()
	 * @generated
	 */
	EReference getDosingEvent_Regimen();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.DosingEvent#getScheduledTime <em>Scheduled Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheduled Time</em>'.
	 * @see org.vivarium.model.DosingEvent#getScheduledTime()
	 * @see #getDosingEvent()
	 * @generated
	 */
	EAttribute getDosingEvent_ScheduledTime();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.DosingEvent#getActualTime <em>Actual Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Time</em>'.
	 * @see org.vivarium.model.DosingEvent#getActualTime()
	 * @see #getDosingEvent()
	 * @generated
	 */
	EAttribute getDosingEvent_ActualTime();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.DosingEvent#getBodyWeightGrams <em>Body Weight Grams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body Weight Grams</em>'.
	 * @see org.vivarium.model.DosingEvent#getBodyWeightGrams()
	 * @see #getDosingEvent()
	 * @generated
	 */
	EAttribute getDosingEvent_BodyWeightGrams();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.DosingEvent#getVolumeMl <em>Volume Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume Ml</em>'.
	 * @see org.vivarium.model.DosingEvent#getVolumeMl()
	 * @see #getDosingEvent()
	 * @generated
	 */
	EAttribute getDosingEvent_VolumeMl();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.DosingEvent#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.vivarium.model.DosingEvent#getOperator()
	 * @see #getDosingEvent()
	 * @generated
	 */
	EAttribute getDosingEvent_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.DosingEvent#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.vivarium.model.DosingEvent#getNote()
	 * @see #getDosingEvent()
	 * @generated
	 */
	EAttribute getDosingEvent_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.DosingEvent#getWindowReason <em>Window Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Reason</em>'.
	 * @see org.vivarium.model.DosingEvent#getWindowReason()
	 * @see #getDosingEvent()
	 * @generated
	 */
	EAttribute getDosingEvent_WindowReason();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.DosingEvent#getStock <em>Stock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stock</em>'.
	 * @see org.vivarium.model.DosingEvent#getStock()
	 * @see #getDosingEvent()
	 * @generated
	 */
	EReference getDosingEvent_Stock();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.AssayDefinition <em>Assay Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assay Definition</em>'.
	 * @see org.vivarium.model.AssayDefinition
	 * @generated
	 */
	EClass getAssayDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AssayDefinition#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.vivarium.model.AssayDefinition#getCode()
	 * @see #getAssayDefinition()
	 * @generated
	 */
	EAttribute getAssayDefinition_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AssayDefinition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.vivarium.model.AssayDefinition#getKind()
	 * @see #getAssayDefinition()
	 * @generated
	 */
	EAttribute getAssayDefinition_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AssayDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vivarium.model.AssayDefinition#getName()
	 * @see #getAssayDefinition()
	 * @generated
	 */
	EAttribute getAssayDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AssayDefinition#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see org.vivarium.model.AssayDefinition#getProtocol()
	 * @see #getAssayDefinition()
	 * @generated
	 */
	EAttribute getAssayDefinition_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AssayDefinition#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.vivarium.model.AssayDefinition#getUnit()
	 * @see #getAssayDefinition()
	 * @generated
	 */
	EAttribute getAssayDefinition_Unit();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.AssayDefinition#getMeasures <em>Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measures</em>'.
	 * @see org.vivarium.model.AssayDefinition#getMeasures()
	 * @see #getAssayDefinition()
	 * @generated
	 */
	EReference getAssayDefinition_Measures();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.AssayDefinition#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sessions</em>'.
	 * @see org.vivarium.model.AssayDefinition#getSessions()
	 * @see #getAssayDefinition()
	 * @generated
	 */
	EReference getAssayDefinition_Sessions();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.MeasureDefinition <em>Measure Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measure Definition</em>'.
	 * @see org.vivarium.model.MeasureDefinition
	 * @generated
	 */
	EClass getMeasureDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.MeasureDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vivarium.model.MeasureDefinition#getName()
	 * @see #getMeasureDefinition()
	 * @generated
	 */
	EAttribute getMeasureDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.MeasureDefinition#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.vivarium.model.MeasureDefinition#getLabel()
	 * @see #getMeasureDefinition()
	 * @generated
	 */
	EAttribute getMeasureDefinition_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.MeasureDefinition#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.vivarium.model.MeasureDefinition#getUnit()
	 * @see #getMeasureDefinition()
	 * @generated
	 */
	EAttribute getMeasureDefinition_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.MeasureDefinition#getMinimum <em>Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum</em>'.
	 * @see org.vivarium.model.MeasureDefinition#getMinimum()
	 * @see #getMeasureDefinition()
	 * @generated
	 */
	EAttribute getMeasureDefinition_Minimum();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.MeasureDefinition#getMaximum <em>Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum</em>'.
	 * @see org.vivarium.model.MeasureDefinition#getMaximum()
	 * @see #getMeasureDefinition()
	 * @generated
	 */
	EAttribute getMeasureDefinition_Maximum();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.MeasureDefinition#getCensoringCutoff <em>Censoring Cutoff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Censoring Cutoff</em>'.
	 * @see org.vivarium.model.MeasureDefinition#getCensoringCutoff()
	 * @see #getMeasureDefinition()
	 * @generated
	 */
	EAttribute getMeasureDefinition_CensoringCutoff();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.MeasureDefinition#isPrimary <em>Primary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary</em>'.
	 * @see org.vivarium.model.MeasureDefinition#isPrimary()
	 * @see #getMeasureDefinition()
	 * @generated
	 */
	EAttribute getMeasureDefinition_Primary();

	/**
	 * Returns the meta object for the attribute list '{@link org.vivarium.model.MeasureDefinition#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see org.vivarium.model.MeasureDefinition#getAliases()
	 * @see #getMeasureDefinition()
	 * @generated
	 */
	EAttribute getMeasureDefinition_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.MeasureDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.vivarium.model.MeasureDefinition#getDescription()
	 * @see #getMeasureDefinition()
	 * @generated
	 */
	EAttribute getMeasureDefinition_Description();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.AssaySession <em>Assay Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assay Session</em>'.
	 * @see org.vivarium.model.AssaySession
	 * @generated
	 */
	EClass getAssaySession();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AssaySession#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vivarium.model.AssaySession#getName()
	 * @see #getAssaySession()
	 * @generated
	 */
	EAttribute getAssaySession_Name();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.AssaySession#getCohort <em>Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cohort</em>'.
	 * @see org.vivarium.model.AssaySession#getCohort()
	 * @see #getAssaySession()
	 * @generated
	 */
	EReference getAssaySession_Cohort();

	/**
	 * Returns the meta object for the reference list '{@link org.vivarium.model.AssaySession#getAnimals <em>Animals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Animals</em>'.
	 * @see org.vivarium.model.AssaySession#getAnimals()
	 * @see #getAssaySession()
	 * @generated
	 */
	EReference getAssaySession_Animals();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AssaySession#getTimeFromDoseHours <em>Time From Dose Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time From Dose Hours</em>'.
	 * @see org.vivarium.model.AssaySession#getTimeFromDoseHours()
	 * @see #getAssaySession()
	 * @generated
	 */
	EAttribute getAssaySession_TimeFromDoseHours();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AssaySession#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.vivarium.model.AssaySession#getDate()
	 * @see #getAssaySession()
	 * @generated
	 */
	EAttribute getAssaySession_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AssaySession#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.vivarium.model.AssaySession#getOperator()
	 * @see #getAssaySession()
	 * @generated
	 */
	EAttribute getAssaySession_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AssaySession#isBlinded <em>Blinded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blinded</em>'.
	 * @see org.vivarium.model.AssaySession#isBlinded()
	 * @see #getAssaySession()
	 * @generated
	 */
	EAttribute getAssaySession_Blinded();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AssaySession#getCompletedBy <em>Completed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed By</em>'.
	 * @see org.vivarium.model.AssaySession#getCompletedBy()
	 * @see #getAssaySession()
	 * @generated
	 */
	EAttribute getAssaySession_CompletedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AssaySession#getCompletedAt <em>Completed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed At</em>'.
	 * @see org.vivarium.model.AssaySession#getCompletedAt()
	 * @see #getAssaySession()
	 * @generated
	 */
	EAttribute getAssaySession_CompletedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.AssaySession#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see org.vivarium.model.AssaySession#getMeasurements()
	 * @see #getAssaySession()
	 * @generated
	 */
	EReference getAssaySession_Measurements();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AssaySession#getAnalysisStartSeconds <em>Analysis Start Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Analysis Start Seconds</em>'.
	 * @see org.vivarium.model.AssaySession#getAnalysisStartSeconds()
	 * @see #getAssaySession()
	 * @generated
	 */
	EAttribute getAssaySession_AnalysisStartSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AssaySession#getAnalysisEndSeconds <em>Analysis End Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Analysis End Seconds</em>'.
	 * @see org.vivarium.model.AssaySession#getAnalysisEndSeconds()
	 * @see #getAssaySession()
	 * @generated
	 */
	EAttribute getAssaySession_AnalysisEndSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AssaySession#getScoring <em>Scoring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scoring</em>'.
	 * @see org.vivarium.model.AssaySession#getScoring()
	 * @see #getAssaySession()
	 * @generated
	 */
	EAttribute getAssaySession_Scoring();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see org.vivarium.model.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.Measurement#getAnimal <em>Animal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Animal</em>'.
	 * @see org.vivarium.model.Measurement#getAnimal()
	 * @see #getMeasurement()
	 * @generated
	 */
	EReference getMeasurement_Animal();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.Measurement#getCage <em>Cage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cage</em>'.
	 * @see org.vivarium.model.Measurement#getCage()
	 * @see #getMeasurement()
	 * @generated
	 */
	EReference getMeasurement_Cage();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.Measurement#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Measure</em>'.
	 * @see org.vivarium.model.Measurement#getMeasure()
	 * @see #getMeasurement()
	 * @generated
	 */
	EReference getMeasurement_Measure();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Measurement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.vivarium.model.Measurement#getValue()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Measurement#isCensored <em>Censored</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Censored</em>'.
	 * @see org.vivarium.model.Measurement#isCensored()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Censored();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Measurement#isExcluded <em>Excluded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Excluded</em>'.
	 * @see org.vivarium.model.Measurement#isExcluded()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Excluded();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Measurement#getExclusionReason <em>Exclusion Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclusion Reason</em>'.
	 * @see org.vivarium.model.Measurement#getExclusionReason()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_ExclusionReason();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Measurement#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.vivarium.model.Measurement#getSource()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Source();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.AllocationRecord <em>Allocation Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Allocation Record</em>'.
	 * @see org.vivarium.model.AllocationRecord
	 * @generated
	 */
	EClass getAllocationRecord();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.AllocationRecord#getCohort <em>Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cohort</em>'.
	 * @see org.vivarium.model.AllocationRecord#getCohort()
	 * @see #getAllocationRecord()
	 * @generated
	 */
	EReference getAllocationRecord_Cohort();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AllocationRecord#getAlgorithm <em>Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Algorithm</em>'.
	 * @see org.vivarium.model.AllocationRecord#getAlgorithm()
	 * @see #getAllocationRecord()
	 * @generated
	 */
	EAttribute getAllocationRecord_Algorithm();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AllocationRecord#getAlgorithmVersion <em>Algorithm Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Algorithm Version</em>'.
	 * @see org.vivarium.model.AllocationRecord#getAlgorithmVersion()
	 * @see #getAllocationRecord()
	 * @generated
	 */
	EAttribute getAllocationRecord_AlgorithmVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AllocationRecord#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.vivarium.model.AllocationRecord#getSeed()
	 * @see #getAllocationRecord()
	 * @generated
	 */
	EAttribute getAllocationRecord_Seed();

	/**
	 * Returns the meta object for the attribute list '{@link org.vivarium.model.AllocationRecord#getStrata <em>Strata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Strata</em>'.
	 * @see org.vivarium.model.AllocationRecord#getStrata()
	 * @see #getAllocationRecord()
	 * @generated
	 */
	EAttribute getAllocationRecord_Strata();

	/**
	 * Returns the meta object for the attribute list '{@link org.vivarium.model.AllocationRecord#getBlockSizes <em>Block Sizes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Block Sizes</em>'.
	 * @see org.vivarium.model.AllocationRecord#getBlockSizes()
	 * @see #getAllocationRecord()
	 * @generated
	 */
	EAttribute getAllocationRecord_BlockSizes();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AllocationRecord#isByCage <em>By Cage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By Cage</em>'.
	 * @see org.vivarium.model.AllocationRecord#isByCage()
	 * @see #getAllocationRecord()
	 * @generated
	 */
	EAttribute getAllocationRecord_ByCage();

	/**
	 * Returns the meta object for the reference list '{@link org.vivarium.model.AllocationRecord#getArms <em>Arms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Arms</em>'.
	 * @see org.vivarium.model.AllocationRecord#getArms()
	 * @see #getAllocationRecord()
	 * @generated
	 */
	EReference getAllocationRecord_Arms();

	/**
	 * Returns the meta object for the attribute list '{@link org.vivarium.model.AllocationRecord#getRatio <em>Ratio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Ratio</em>'.
	 * @see org.vivarium.model.AllocationRecord#getRatio()
	 * @see #getAllocationRecord()
	 * @generated
	 */
	EAttribute getAllocationRecord_Ratio();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AllocationRecord#getGeneratedBy <em>Generated By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generated By</em>'.
	 * @see org.vivarium.model.AllocationRecord#getGeneratedBy()
	 * @see #getAllocationRecord()
	 * @generated
	 */
	EAttribute getAllocationRecord_GeneratedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AllocationRecord#getGeneratedAt <em>Generated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generated At</em>'.
	 * @see org.vivarium.model.AllocationRecord#getGeneratedAt()
	 * @see #getAllocationRecord()
	 * @generated
	 */
	EAttribute getAllocationRecord_GeneratedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AllocationRecord#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.vivarium.model.AllocationRecord#getReason()
	 * @see #getAllocationRecord()
	 * @generated
	 */
	EAttribute getAllocationRecord_Reason();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.AllocationRecord#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.vivarium.model.AllocationRecord#getEntries()
	 * @see #getAllocationRecord()
	 * @generated
	 */
	EReference getAllocationRecord_Entries();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.AllocationEntry <em>Allocation Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Allocation Entry</em>'.
	 * @see org.vivarium.model.AllocationEntry
	 * @generated
	 */
	EClass getAllocationEntry();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.AllocationEntry#getAnimal <em>Animal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Animal</em>'.
	 * @see org.vivarium.model.AllocationEntry#getAnimal()
	 * @see #getAllocationEntry()
	 * @generated
	 */
	EReference getAllocationEntry_Animal();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.AllocationEntry#getArm <em>Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Arm</em>'.
	 * @see org.vivarium.model.AllocationEntry#getArm()
	 * @see #getAllocationEntry()
	 * @generated
	 */
	EReference getAllocationEntry_Arm();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AllocationEntry#getStratum <em>Stratum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stratum</em>'.
	 * @see org.vivarium.model.AllocationEntry#getStratum()
	 * @see #getAllocationEntry()
	 * @generated
	 */
	EAttribute getAllocationEntry_Stratum();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AllocationEntry#getBlock <em>Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Block</em>'.
	 * @see org.vivarium.model.AllocationEntry#getBlock()
	 * @see #getAllocationEntry()
	 * @generated
	 */
	EAttribute getAllocationEntry_Block();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.AllocationEntry#getBlindCode <em>Blind Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Blind Code</em>'.
	 * @see org.vivarium.model.AllocationEntry#getBlindCode()
	 * @see #getAllocationEntry()
	 * @generated
	 */
	EAttribute getAllocationEntry_BlindCode();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.BlindingEvent <em>Blinding Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Blinding Event</em>'.
	 * @see org.vivarium.model.BlindingEvent
	 * @generated
	 */
	EClass getBlindingEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.BlindingEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.vivarium.model.BlindingEvent#getKind()
	 * @see #getBlindingEvent()
	 * @generated
	 */
	EAttribute getBlindingEvent_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.BlindingEvent#getCohort <em>Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cohort</em>'.
	 * @see org.vivarium.model.BlindingEvent#getCohort()
	 * @see #getBlindingEvent()
	 * @generated
	 */
	EReference getBlindingEvent_Cohort();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.BlindingEvent#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.vivarium.model.BlindingEvent#getAt()
	 * @see #getBlindingEvent()
	 * @generated
	 */
	EAttribute getBlindingEvent_At();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.BlindingEvent#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By</em>'.
	 * @see org.vivarium.model.BlindingEvent#getBy()
	 * @see #getBlindingEvent()
	 * @generated
	 */
	EAttribute getBlindingEvent_By();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.BlindingEvent#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.vivarium.model.BlindingEvent#getReason()
	 * @see #getBlindingEvent()
	 * @generated
	 */
	EAttribute getBlindingEvent_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.BlindingEvent#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.vivarium.model.BlindingEvent#getDetail()
	 * @see #getBlindingEvent()
	 * @generated
	 */
	EAttribute getBlindingEvent_Detail();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.Stock <em>Stock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stock</em>'.
	 * @see org.vivarium.model.Stock
	 * @generated
	 */
	EClass getStock();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Stock#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.vivarium.model.Stock#getId()
	 * @see #getStock()
	 * @generated
	 */
	EAttribute getStock_Id();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.Stock#getCompound <em>Compound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Compound</em>'.
	 * @see org.vivarium.model.Stock#getCompound()
	 * @see #getStock()
	 * @generated
	 */
	EReference getStock_Compound();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Stock#getLot <em>Lot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lot</em>'.
	 * @see org.vivarium.model.Stock#getLot()
	 * @see #getStock()
	 * @generated
	 */
	EAttribute getStock_Lot();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Stock#getSupplier <em>Supplier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supplier</em>'.
	 * @see org.vivarium.model.Stock#getSupplier()
	 * @see #getStock()
	 * @generated
	 */
	EAttribute getStock_Supplier();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Stock#getConcentrationMgPerMl <em>Concentration Mg Per Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Concentration Mg Per Ml</em>'.
	 * @see org.vivarium.model.Stock#getConcentrationMgPerMl()
	 * @see #getStock()
	 * @generated
	 */
	EAttribute getStock_ConcentrationMgPerMl();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Stock#getVolumeMl <em>Volume Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume Ml</em>'.
	 * @see org.vivarium.model.Stock#getVolumeMl()
	 * @see #getStock()
	 * @generated
	 */
	EAttribute getStock_VolumeMl();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Stock#getReceivedAt <em>Received At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Received At</em>'.
	 * @see org.vivarium.model.Stock#getReceivedAt()
	 * @see #getStock()
	 * @generated
	 */
	EAttribute getStock_ReceivedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Stock#getReceivedBy <em>Received By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Received By</em>'.
	 * @see org.vivarium.model.Stock#getReceivedBy()
	 * @see #getStock()
	 * @generated
	 */
	EAttribute getStock_ReceivedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Stock#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.vivarium.model.Stock#getLocation()
	 * @see #getStock()
	 * @generated
	 */
	EAttribute getStock_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Stock#getExpiry <em>Expiry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expiry</em>'.
	 * @see org.vivarium.model.Stock#getExpiry()
	 * @see #getStock()
	 * @generated
	 */
	EAttribute getStock_Expiry();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.Stock#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.vivarium.model.Stock#getSource()
	 * @see #getStock()
	 * @generated
	 */
	EReference getStock_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.Stock#getSourceVolumeMl <em>Source Volume Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Volume Ml</em>'.
	 * @see org.vivarium.model.Stock#getSourceVolumeMl()
	 * @see #getStock()
	 * @generated
	 */
	EAttribute getStock_SourceVolumeMl();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vivarium.model.Stock#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.vivarium.model.Stock#getEntries()
	 * @see #getStock()
	 * @generated
	 */
	EReference getStock_Entries();

	/**
	 * Returns the meta object for class '{@link org.vivarium.model.StockEntry <em>Stock Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stock Entry</em>'.
	 * @see org.vivarium.model.StockEntry
	 * @generated
	 */
	EClass getStockEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.StockEntry#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.vivarium.model.StockEntry#getKind()
	 * @see #getStockEntry()
	 * @generated
	 */
	EAttribute getStockEntry_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.StockEntry#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.vivarium.model.StockEntry#getAt()
	 * @see #getStockEntry()
	 * @generated
	 */
	EAttribute getStockEntry_At();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.StockEntry#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By</em>'.
	 * @see org.vivarium.model.StockEntry#getBy()
	 * @see #getStockEntry()
	 * @generated
	 */
	EAttribute getStockEntry_By();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.StockEntry#getWitness <em>Witness</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Witness</em>'.
	 * @see org.vivarium.model.StockEntry#getWitness()
	 * @see #getStockEntry()
	 * @generated
	 */
	EAttribute getStockEntry_Witness();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.StockEntry#getVolumeMl <em>Volume Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume Ml</em>'.
	 * @see org.vivarium.model.StockEntry#getVolumeMl()
	 * @see #getStockEntry()
	 * @generated
	 */
	EAttribute getStockEntry_VolumeMl();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.StockEntry#getCountedMl <em>Counted Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Counted Ml</em>'.
	 * @see org.vivarium.model.StockEntry#getCountedMl()
	 * @see #getStockEntry()
	 * @generated
	 */
	EAttribute getStockEntry_CountedMl();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.StockEntry#getExpectedMl <em>Expected Ml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Ml</em>'.
	 * @see org.vivarium.model.StockEntry#getExpectedMl()
	 * @see #getStockEntry()
	 * @generated
	 */
	EAttribute getStockEntry_ExpectedMl();

	/**
	 * Returns the meta object for the attribute '{@link org.vivarium.model.StockEntry#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.vivarium.model.StockEntry#getReason()
	 * @see #getStockEntry()
	 * @generated
	 */
	EAttribute getStockEntry_Reason();

	/**
	 * Returns the meta object for the reference '{@link org.vivarium.model.StockEntry#getDose <em>Dose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dose</em>'.
	 * @see org.vivarium.model.StockEntry#getDose()
	 * @see #getStockEntry()
	 * @generated
	 */
	EReference getStockEntry_Dose();

	/**
	 * Returns the meta object for enum '{@link org.vivarium.model.StockEntryKind <em>Stock Entry Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stock Entry Kind</em>'.
	 * @see org.vivarium.model.StockEntryKind
	 * @generated
	 */
	EEnum getStockEntryKind();

	/**
	 * Returns the meta object for enum '{@link org.vivarium.model.BlindingEventKind <em>Blinding Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Blinding Event Kind</em>'.
	 * @see org.vivarium.model.BlindingEventKind
	 * @generated
	 */
	EEnum getBlindingEventKind();

	/**
	 * Returns the meta object for enum '{@link org.vivarium.model.StudyStatus <em>Study Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Study Status</em>'.
	 * @see org.vivarium.model.StudyStatus
	 * @generated
	 */
	EEnum getStudyStatus();

	/**
	 * Returns the meta object for enum '{@link org.vivarium.model.ExperimentalUnit <em>Experimental Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Experimental Unit</em>'.
	 * @see org.vivarium.model.ExperimentalUnit
	 * @generated
	 */
	EEnum getExperimentalUnit();

	/**
	 * Returns the meta object for enum '{@link org.vivarium.model.TimeDesign <em>Time Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Time Design</em>'.
	 * @see org.vivarium.model.TimeDesign
	 * @generated
	 */
	EEnum getTimeDesign();

	/**
	 * Returns the meta object for enum '{@link org.vivarium.model.Sex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sex</em>'.
	 * @see org.vivarium.model.Sex
	 * @generated
	 */
	EEnum getSex();

	/**
	 * Returns the meta object for enum '{@link org.vivarium.model.AnimalStatus <em>Animal Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Animal Status</em>'.
	 * @see org.vivarium.model.AnimalStatus
	 * @generated
	 */
	EEnum getAnimalStatus();

	/**
	 * Returns the meta object for enum '{@link org.vivarium.model.AssayKind <em>Assay Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assay Kind</em>'.
	 * @see org.vivarium.model.AssayKind
	 * @generated
	 */
	EEnum getAssayKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, ISO-8601 (2026-03-01).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDateTime <em>Local Date Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A local date and time of day, ISO-8601 (2026-03-01T09:30).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date Time</em>'.
	 * @see java.time.LocalDateTime
	 * @model instanceClass="java.time.LocalDateTime"
	 * @generated
	 */
	EDataType getLocalDateTime();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	VivariumFactory getVivariumFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.StudyImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__ID = eINSTANCE.getStudy_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__TITLE = eINSTANCE.getStudy_Title();

		/**
		 * The meta object literal for the '<em><b>Principal Investigator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__PRINCIPAL_INVESTIGATOR = eINSTANCE.getStudy_PrincipalInvestigator();

		/**
		 * The meta object literal for the '<em><b>Protocol Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__PROTOCOL_NUMBER = eINSTANCE.getStudy_ProtocolNumber();

		/**
		 * The meta object literal for the '<em><b>Species</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SPECIES = eINSTANCE.getStudy_Species();

		/**
		 * The meta object literal for the '<em><b>Hypothesis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__HYPOTHESIS = eINSTANCE.getStudy_Hypothesis();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__DESCRIPTION = eINSTANCE.getStudy_Description();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__STATUS = eINSTANCE.getStudy_Status();

		/**
		 * The meta object literal for the '<em><b>Experimental Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__EXPERIMENTAL_UNIT = eINSTANCE.getStudy_ExperimentalUnit();

		/**
		 * The meta object literal for the '<em><b>Time Design</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__TIME_DESIGN = eINSTANCE.getStudy_TimeDesign();

		/**
		 * The meta object literal for the '<em><b>Sample Size Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SAMPLE_SIZE_RATIONALE = eINSTANCE.getStudy_SampleSizeRationale();

		/**
		 * The meta object literal for the '<em><b>Randomisation Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__RANDOMISATION_METHOD = eINSTANCE.getStudy_RandomisationMethod();

		/**
		 * The meta object literal for the '<em><b>Blinding Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__BLINDING_METHOD = eINSTANCE.getStudy_BlindingMethod();

		/**
		 * The meta object literal for the '<em><b>Compounds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__COMPOUNDS = eINSTANCE.getStudy_Compounds();

		/**
		 * The meta object literal for the '<em><b>Routes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ROUTES = eINSTANCE.getStudy_Routes();

		/**
		 * The meta object literal for the '<em><b>Arms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ARMS = eINSTANCE.getStudy_Arms();

		/**
		 * The meta object literal for the '<em><b>Cohorts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__COHORTS = eINSTANCE.getStudy_Cohorts();

		/**
		 * The meta object literal for the '<em><b>Assays</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ASSAYS = eINSTANCE.getStudy_Assays();

		/**
		 * The meta object literal for the '<em><b>Treatments Coded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__TREATMENTS_CODED = eINSTANCE.getStudy_TreatmentsCoded();

		/**
		 * The meta object literal for the '<em><b>Allocations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ALLOCATIONS = eINSTANCE.getStudy_Allocations();

		/**
		 * The meta object literal for the '<em><b>Blinding Log</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__BLINDING_LOG = eINSTANCE.getStudy_BlindingLog();

		/**
		 * The meta object literal for the '<em><b>Stocks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__STOCKS = eINSTANCE.getStudy_Stocks();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.RouteImpl <em>Route</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.RouteImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getRoute()
		 * @generated
		 */
		EClass ROUTE = eINSTANCE.getRoute();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE__CODE = eINSTANCE.getRoute_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE__NAME = eINSTANCE.getRoute_Name();

		/**
		 * The meta object literal for the '<em><b>Max Volume Ml Per Kg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE__MAX_VOLUME_ML_PER_KG = eINSTANCE.getRoute_MaxVolumeMlPerKg();

		/**
		 * The meta object literal for the '<em><b>Typical Volume Ml Per Kg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE__TYPICAL_VOLUME_ML_PER_KG = eINSTANCE.getRoute_TypicalVolumeMlPerKg();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.CompoundImpl <em>Compound</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.CompoundImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getCompound()
		 * @generated
		 */
		EClass COMPOUND = eINSTANCE.getCompound();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPOUND__NAME = eINSTANCE.getCompound_Name();

		/**
		 * The meta object literal for the '<em><b>Placebo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPOUND__PLACEBO = eINSTANCE.getCompound_Placebo();

		/**
		 * The meta object literal for the '<em><b>Controlled Substance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPOUND__CONTROLLED_SUBSTANCE = eINSTANCE.getCompound_ControlledSubstance();

		/**
		 * The meta object literal for the '<em><b>Stock Concentration Mg Per Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPOUND__STOCK_CONCENTRATION_MG_PER_ML = eINSTANCE.getCompound_StockConcentrationMgPerMl();

		/**
		 * The meta object literal for the '<em><b>Vehicle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPOUND__VEHICLE = eINSTANCE.getCompound_Vehicle();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPOUND__DESCRIPTION = eINSTANCE.getCompound_Description();

		/**
		 * The meta object literal for the '<em><b>Blinded Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPOUND__BLINDED_CODE = eINSTANCE.getCompound_BlindedCode();

		/**
		 * The meta object literal for the '<em><b>Cumulative Limit Mg Per Kg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPOUND__CUMULATIVE_LIMIT_MG_PER_KG = eINSTANCE.getCompound_CumulativeLimitMgPerKg();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.TreatmentArmImpl <em>Treatment Arm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.TreatmentArmImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getTreatmentArm()
		 * @generated
		 */
		EClass TREATMENT_ARM = eINSTANCE.getTreatmentArm();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREATMENT_ARM__CODE = eINSTANCE.getTreatmentArm_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREATMENT_ARM__LABEL = eINSTANCE.getTreatmentArm_Label();

		/**
		 * The meta object literal for the '<em><b>Blinded Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREATMENT_ARM__BLINDED_CODE = eINSTANCE.getTreatmentArm_BlindedCode();

		/**
		 * The meta object literal for the '<em><b>Control</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREATMENT_ARM__CONTROL = eINSTANCE.getTreatmentArm_Control();

		/**
		 * The meta object literal for the '<em><b>Planned N</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREATMENT_ARM__PLANNED_N = eINSTANCE.getTreatmentArm_PlannedN();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TREATMENT_ARM__DESCRIPTION = eINSTANCE.getTreatmentArm_Description();

		/**
		 * The meta object literal for the '<em><b>Regimens</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TREATMENT_ARM__REGIMENS = eINSTANCE.getTreatmentArm_Regimens();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.DoseRegimenImpl <em>Dose Regimen</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.DoseRegimenImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getDoseRegimen()
		 * @generated
		 */
		EClass DOSE_REGIMEN = eINSTANCE.getDoseRegimen();

		/**
		 * The meta object literal for the '<em><b>Compound</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSE_REGIMEN__COMPOUND = eINSTANCE.getDoseRegimen_Compound();

		/**
		 * The meta object literal for the '<em><b>Dose Mg Per Kg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_REGIMEN__DOSE_MG_PER_KG = eINSTANCE.getDoseRegimen_DoseMgPerKg();

		/**
		 * The meta object literal for the '<em><b>Route</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSE_REGIMEN__ROUTE = eINSTANCE.getDoseRegimen_Route();

		/**
		 * The meta object literal for the '<em><b>Volume Ml Per Kg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_REGIMEN__VOLUME_ML_PER_KG = eINSTANCE.getDoseRegimen_VolumeMlPerKg();

		/**
		 * The meta object literal for the '<em><b>Offset Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_REGIMEN__OFFSET_HOURS = eINSTANCE.getDoseRegimen_OffsetHours();

		/**
		 * The meta object literal for the '<em><b>Every Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_REGIMEN__EVERY_HOURS = eINSTANCE.getDoseRegimen_EveryHours();

		/**
		 * The meta object literal for the '<em><b>Doses</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_REGIMEN__DOSES = eINSTANCE.getDoseRegimen_Doses();

		/**
		 * The meta object literal for the '<em><b>Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_REGIMEN__UNTIL = eINSTANCE.getDoseRegimen_Until();

		/**
		 * The meta object literal for the '<em><b>Days</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_REGIMEN__DAYS = eINSTANCE.getDoseRegimen_Days();

		/**
		 * The meta object literal for the '<em><b>Times Of Day</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_REGIMEN__TIMES_OF_DAY = eINSTANCE.getDoseRegimen_TimesOfDay();

		/**
		 * The meta object literal for the '<em><b>Window Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSE_REGIMEN__WINDOW_MINUTES = eINSTANCE.getDoseRegimen_WindowMinutes();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.CohortImpl <em>Cohort</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.CohortImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getCohort()
		 * @generated
		 */
		EClass COHORT = eINSTANCE.getCohort();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT__NAME = eINSTANCE.getCohort_Name();

		/**
		 * The meta object literal for the '<em><b>Strain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT__STRAIN = eINSTANCE.getCohort_Strain();

		/**
		 * The meta object literal for the '<em><b>Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT__SEX = eINSTANCE.getCohort_Sex();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT__VENDOR = eINSTANCE.getCohort_Vendor();

		/**
		 * The meta object literal for the '<em><b>Arrival Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT__ARRIVAL_DATE = eINSTANCE.getCohort_ArrivalDate();

		/**
		 * The meta object literal for the '<em><b>Birth Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT__BIRTH_DATE = eINSTANCE.getCohort_BirthDate();

		/**
		 * The meta object literal for the '<em><b>Timepoint Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT__TIMEPOINT_HOURS = eINSTANCE.getCohort_TimepointHours();

		/**
		 * The meta object literal for the '<em><b>Anchor Dose Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COHORT__ANCHOR_DOSE_TIME = eINSTANCE.getCohort_AnchorDoseTime();

		/**
		 * The meta object literal for the '<em><b>Cages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COHORT__CAGES = eINSTANCE.getCohort_Cages();

		/**
		 * The meta object literal for the '<em><b>Animals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COHORT__ANIMALS = eINSTANCE.getCohort_Animals();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.CageImpl <em>Cage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.CageImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getCage()
		 * @generated
		 */
		EClass CAGE = eINSTANCE.getCage();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAGE__LABEL = eINSTANCE.getCage_Label();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAGE__LOCATION = eINSTANCE.getCage_Location();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAGE__CAPACITY = eINSTANCE.getCage_Capacity();

		/**
		 * The meta object literal for the '<em><b>Animals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAGE__ANIMALS = eINSTANCE.getCage_Animals();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.AnimalImpl <em>Animal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.AnimalImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getAnimal()
		 * @generated
		 */
		EClass ANIMAL = eINSTANCE.getAnimal();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANIMAL__ID = eINSTANCE.getAnimal_Id();

		/**
		 * The meta object literal for the '<em><b>Ear Tag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANIMAL__EAR_TAG = eINSTANCE.getAnimal_EarTag();

		/**
		 * The meta object literal for the '<em><b>Blind Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANIMAL__BLIND_CODE = eINSTANCE.getAnimal_BlindCode();

		/**
		 * The meta object literal for the '<em><b>Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANIMAL__SEX = eINSTANCE.getAnimal_Sex();

		/**
		 * The meta object literal for the '<em><b>Date Of Birth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANIMAL__DATE_OF_BIRTH = eINSTANCE.getAnimal_DateOfBirth();

		/**
		 * The meta object literal for the '<em><b>Genotype</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANIMAL__GENOTYPE = eINSTANCE.getAnimal_Genotype();

		/**
		 * The meta object literal for the '<em><b>Cage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANIMAL__CAGE = eINSTANCE.getAnimal_Cage();

		/**
		 * The meta object literal for the '<em><b>Arm</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANIMAL__ARM = eINSTANCE.getAnimal_Arm();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANIMAL__STATUS = eINSTANCE.getAnimal_Status();

		/**
		 * The meta object literal for the '<em><b>Status Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANIMAL__STATUS_DATE = eINSTANCE.getAnimal_StatusDate();

		/**
		 * The meta object literal for the '<em><b>Status Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANIMAL__STATUS_REASON = eINSTANCE.getAnimal_StatusReason();

		/**
		 * The meta object literal for the '<em><b>Body Weights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANIMAL__BODY_WEIGHTS = eINSTANCE.getAnimal_BodyWeights();

		/**
		 * The meta object literal for the '<em><b>Dosing Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANIMAL__DOSING_EVENTS = eINSTANCE.getAnimal_DosingEvents();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.BodyWeightImpl <em>Body Weight</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.BodyWeightImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getBodyWeight()
		 * @generated
		 */
		EClass BODY_WEIGHT = eINSTANCE.getBodyWeight();

		/**
		 * The meta object literal for the '<em><b>Measured At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BODY_WEIGHT__MEASURED_AT = eINSTANCE.getBodyWeight_MeasuredAt();

		/**
		 * The meta object literal for the '<em><b>Weight Grams</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BODY_WEIGHT__WEIGHT_GRAMS = eINSTANCE.getBodyWeight_WeightGrams();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BODY_WEIGHT__OPERATOR = eINSTANCE.getBodyWeight_Operator();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.DosingEventImpl <em>Dosing Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.DosingEventImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getDosingEvent()
		 * @generated
		 */
		EClass DOSING_EVENT = eINSTANCE.getDosingEvent();

		/**
		 * The meta object literal for the '<em><b>Animal</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSING_EVENT__ANIMAL = eINSTANCE.getDosingEvent_Animal();

		/**
		 * The meta object literal for the '<em><b>Regimen</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSING_EVENT__REGIMEN = eINSTANCE.getDosingEvent_Regimen();

		/**
		 * The meta object literal for the '<em><b>Scheduled Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSING_EVENT__SCHEDULED_TIME = eINSTANCE.getDosingEvent_ScheduledTime();

		/**
		 * The meta object literal for the '<em><b>Actual Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSING_EVENT__ACTUAL_TIME = eINSTANCE.getDosingEvent_ActualTime();

		/**
		 * The meta object literal for the '<em><b>Body Weight Grams</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSING_EVENT__BODY_WEIGHT_GRAMS = eINSTANCE.getDosingEvent_BodyWeightGrams();

		/**
		 * The meta object literal for the '<em><b>Volume Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSING_EVENT__VOLUME_ML = eINSTANCE.getDosingEvent_VolumeMl();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSING_EVENT__OPERATOR = eINSTANCE.getDosingEvent_Operator();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSING_EVENT__NOTE = eINSTANCE.getDosingEvent_Note();

		/**
		 * The meta object literal for the '<em><b>Window Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOSING_EVENT__WINDOW_REASON = eINSTANCE.getDosingEvent_WindowReason();

		/**
		 * The meta object literal for the '<em><b>Stock</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOSING_EVENT__STOCK = eINSTANCE.getDosingEvent_Stock();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.AssayDefinitionImpl <em>Assay Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.AssayDefinitionImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getAssayDefinition()
		 * @generated
		 */
		EClass ASSAY_DEFINITION = eINSTANCE.getAssayDefinition();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSAY_DEFINITION__CODE = eINSTANCE.getAssayDefinition_Code();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSAY_DEFINITION__KIND = eINSTANCE.getAssayDefinition_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSAY_DEFINITION__NAME = eINSTANCE.getAssayDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSAY_DEFINITION__PROTOCOL = eINSTANCE.getAssayDefinition_Protocol();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSAY_DEFINITION__UNIT = eINSTANCE.getAssayDefinition_Unit();

		/**
		 * The meta object literal for the '<em><b>Measures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSAY_DEFINITION__MEASURES = eINSTANCE.getAssayDefinition_Measures();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSAY_DEFINITION__SESSIONS = eINSTANCE.getAssayDefinition_Sessions();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.MeasureDefinitionImpl <em>Measure Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.MeasureDefinitionImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getMeasureDefinition()
		 * @generated
		 */
		EClass MEASURE_DEFINITION = eINSTANCE.getMeasureDefinition();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_DEFINITION__NAME = eINSTANCE.getMeasureDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_DEFINITION__LABEL = eINSTANCE.getMeasureDefinition_Label();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_DEFINITION__UNIT = eINSTANCE.getMeasureDefinition_Unit();

		/**
		 * The meta object literal for the '<em><b>Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_DEFINITION__MINIMUM = eINSTANCE.getMeasureDefinition_Minimum();

		/**
		 * The meta object literal for the '<em><b>Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_DEFINITION__MAXIMUM = eINSTANCE.getMeasureDefinition_Maximum();

		/**
		 * The meta object literal for the '<em><b>Censoring Cutoff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_DEFINITION__CENSORING_CUTOFF = eINSTANCE.getMeasureDefinition_CensoringCutoff();

		/**
		 * The meta object literal for the '<em><b>Primary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_DEFINITION__PRIMARY = eINSTANCE.getMeasureDefinition_Primary();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_DEFINITION__ALIASES = eINSTANCE.getMeasureDefinition_Aliases();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASURE_DEFINITION__DESCRIPTION = eINSTANCE.getMeasureDefinition_Description();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.AssaySessionImpl <em>Assay Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.AssaySessionImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getAssaySession()
		 * @generated
		 */
		EClass ASSAY_SESSION = eINSTANCE.getAssaySession();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSAY_SESSION__NAME = eINSTANCE.getAssaySession_Name();

		/**
		 * The meta object literal for the '<em><b>Cohort</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSAY_SESSION__COHORT = eINSTANCE.getAssaySession_Cohort();

		/**
		 * The meta object literal for the '<em><b>Animals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSAY_SESSION__ANIMALS = eINSTANCE.getAssaySession_Animals();

		/**
		 * The meta object literal for the '<em><b>Time From Dose Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSAY_SESSION__TIME_FROM_DOSE_HOURS = eINSTANCE.getAssaySession_TimeFromDoseHours();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSAY_SESSION__DATE = eINSTANCE.getAssaySession_Date();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSAY_SESSION__OPERATOR = eINSTANCE.getAssaySession_Operator();

		/**
		 * The meta object literal for the '<em><b>Blinded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSAY_SESSION__BLINDED = eINSTANCE.getAssaySession_Blinded();

		/**
		 * The meta object literal for the '<em><b>Completed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSAY_SESSION__COMPLETED_BY = eINSTANCE.getAssaySession_CompletedBy();

		/**
		 * The meta object literal for the '<em><b>Completed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSAY_SESSION__COMPLETED_AT = eINSTANCE.getAssaySession_CompletedAt();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSAY_SESSION__MEASUREMENTS = eINSTANCE.getAssaySession_Measurements();

		/**
		 * The meta object literal for the '<em><b>Analysis Start Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSAY_SESSION__ANALYSIS_START_SECONDS = eINSTANCE.getAssaySession_AnalysisStartSeconds();

		/**
		 * The meta object literal for the '<em><b>Analysis End Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSAY_SESSION__ANALYSIS_END_SECONDS = eINSTANCE.getAssaySession_AnalysisEndSeconds();

		/**
		 * The meta object literal for the '<em><b>Scoring</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSAY_SESSION__SCORING = eINSTANCE.getAssaySession_Scoring();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.MeasurementImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Animal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT__ANIMAL = eINSTANCE.getMeasurement_Animal();

		/**
		 * The meta object literal for the '<em><b>Cage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT__CAGE = eINSTANCE.getMeasurement_Cage();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT__MEASURE = eINSTANCE.getMeasurement_Measure();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__VALUE = eINSTANCE.getMeasurement_Value();

		/**
		 * The meta object literal for the '<em><b>Censored</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__CENSORED = eINSTANCE.getMeasurement_Censored();

		/**
		 * The meta object literal for the '<em><b>Excluded</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__EXCLUDED = eINSTANCE.getMeasurement_Excluded();

		/**
		 * The meta object literal for the '<em><b>Exclusion Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__EXCLUSION_REASON = eINSTANCE.getMeasurement_ExclusionReason();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__SOURCE = eINSTANCE.getMeasurement_Source();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.AllocationRecordImpl <em>Allocation Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.AllocationRecordImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getAllocationRecord()
		 * @generated
		 */
		EClass ALLOCATION_RECORD = eINSTANCE.getAllocationRecord();

		/**
		 * The meta object literal for the '<em><b>Cohort</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION_RECORD__COHORT = eINSTANCE.getAllocationRecord_Cohort();

		/**
		 * The meta object literal for the '<em><b>Algorithm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RECORD__ALGORITHM = eINSTANCE.getAllocationRecord_Algorithm();

		/**
		 * The meta object literal for the '<em><b>Algorithm Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RECORD__ALGORITHM_VERSION = eINSTANCE.getAllocationRecord_AlgorithmVersion();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RECORD__SEED = eINSTANCE.getAllocationRecord_Seed();

		/**
		 * The meta object literal for the '<em><b>Strata</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RECORD__STRATA = eINSTANCE.getAllocationRecord_Strata();

		/**
		 * The meta object literal for the '<em><b>Block Sizes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RECORD__BLOCK_SIZES = eINSTANCE.getAllocationRecord_BlockSizes();

		/**
		 * The meta object literal for the '<em><b>By Cage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RECORD__BY_CAGE = eINSTANCE.getAllocationRecord_ByCage();

		/**
		 * The meta object literal for the '<em><b>Arms</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION_RECORD__ARMS = eINSTANCE.getAllocationRecord_Arms();

		/**
		 * The meta object literal for the '<em><b>Ratio</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RECORD__RATIO = eINSTANCE.getAllocationRecord_Ratio();

		/**
		 * The meta object literal for the '<em><b>Generated By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RECORD__GENERATED_BY = eINSTANCE.getAllocationRecord_GeneratedBy();

		/**
		 * The meta object literal for the '<em><b>Generated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RECORD__GENERATED_AT = eINSTANCE.getAllocationRecord_GeneratedAt();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_RECORD__REASON = eINSTANCE.getAllocationRecord_Reason();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION_RECORD__ENTRIES = eINSTANCE.getAllocationRecord_Entries();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.AllocationEntryImpl <em>Allocation Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.AllocationEntryImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getAllocationEntry()
		 * @generated
		 */
		EClass ALLOCATION_ENTRY = eINSTANCE.getAllocationEntry();

		/**
		 * The meta object literal for the '<em><b>Animal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION_ENTRY__ANIMAL = eINSTANCE.getAllocationEntry_Animal();

		/**
		 * The meta object literal for the '<em><b>Arm</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION_ENTRY__ARM = eINSTANCE.getAllocationEntry_Arm();

		/**
		 * The meta object literal for the '<em><b>Stratum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_ENTRY__STRATUM = eINSTANCE.getAllocationEntry_Stratum();

		/**
		 * The meta object literal for the '<em><b>Block</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_ENTRY__BLOCK = eINSTANCE.getAllocationEntry_Block();

		/**
		 * The meta object literal for the '<em><b>Blind Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION_ENTRY__BLIND_CODE = eINSTANCE.getAllocationEntry_BlindCode();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.BlindingEventImpl <em>Blinding Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.BlindingEventImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getBlindingEvent()
		 * @generated
		 */
		EClass BLINDING_EVENT = eINSTANCE.getBlindingEvent();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLINDING_EVENT__KIND = eINSTANCE.getBlindingEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Cohort</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BLINDING_EVENT__COHORT = eINSTANCE.getBlindingEvent_Cohort();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLINDING_EVENT__AT = eINSTANCE.getBlindingEvent_At();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLINDING_EVENT__BY = eINSTANCE.getBlindingEvent_By();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLINDING_EVENT__REASON = eINSTANCE.getBlindingEvent_Reason();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLINDING_EVENT__DETAIL = eINSTANCE.getBlindingEvent_Detail();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.StockImpl <em>Stock</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.StockImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getStock()
		 * @generated
		 */
		EClass STOCK = eINSTANCE.getStock();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK__ID = eINSTANCE.getStock_Id();

		/**
		 * The meta object literal for the '<em><b>Compound</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STOCK__COMPOUND = eINSTANCE.getStock_Compound();

		/**
		 * The meta object literal for the '<em><b>Lot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK__LOT = eINSTANCE.getStock_Lot();

		/**
		 * The meta object literal for the '<em><b>Supplier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK__SUPPLIER = eINSTANCE.getStock_Supplier();

		/**
		 * The meta object literal for the '<em><b>Concentration Mg Per Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK__CONCENTRATION_MG_PER_ML = eINSTANCE.getStock_ConcentrationMgPerMl();

		/**
		 * The meta object literal for the '<em><b>Volume Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK__VOLUME_ML = eINSTANCE.getStock_VolumeMl();

		/**
		 * The meta object literal for the '<em><b>Received At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK__RECEIVED_AT = eINSTANCE.getStock_ReceivedAt();

		/**
		 * The meta object literal for the '<em><b>Received By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK__RECEIVED_BY = eINSTANCE.getStock_ReceivedBy();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK__LOCATION = eINSTANCE.getStock_Location();

		/**
		 * The meta object literal for the '<em><b>Expiry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK__EXPIRY = eINSTANCE.getStock_Expiry();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STOCK__SOURCE = eINSTANCE.getStock_Source();

		/**
		 * The meta object literal for the '<em><b>Source Volume Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK__SOURCE_VOLUME_ML = eINSTANCE.getStock_SourceVolumeMl();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STOCK__ENTRIES = eINSTANCE.getStock_Entries();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.impl.StockEntryImpl <em>Stock Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.impl.StockEntryImpl
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getStockEntry()
		 * @generated
		 */
		EClass STOCK_ENTRY = eINSTANCE.getStockEntry();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK_ENTRY__KIND = eINSTANCE.getStockEntry_Kind();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK_ENTRY__AT = eINSTANCE.getStockEntry_At();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK_ENTRY__BY = eINSTANCE.getStockEntry_By();

		/**
		 * The meta object literal for the '<em><b>Witness</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK_ENTRY__WITNESS = eINSTANCE.getStockEntry_Witness();

		/**
		 * The meta object literal for the '<em><b>Volume Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK_ENTRY__VOLUME_ML = eINSTANCE.getStockEntry_VolumeMl();

		/**
		 * The meta object literal for the '<em><b>Counted Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK_ENTRY__COUNTED_ML = eINSTANCE.getStockEntry_CountedMl();

		/**
		 * The meta object literal for the '<em><b>Expected Ml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK_ENTRY__EXPECTED_ML = eINSTANCE.getStockEntry_ExpectedMl();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STOCK_ENTRY__REASON = eINSTANCE.getStockEntry_Reason();

		/**
		 * The meta object literal for the '<em><b>Dose</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STOCK_ENTRY__DOSE = eINSTANCE.getStockEntry_Dose();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.StockEntryKind <em>Stock Entry Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.StockEntryKind
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getStockEntryKind()
		 * @generated
		 */
		EEnum STOCK_ENTRY_KIND = eINSTANCE.getStockEntryKind();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.BlindingEventKind <em>Blinding Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.BlindingEventKind
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getBlindingEventKind()
		 * @generated
		 */
		EEnum BLINDING_EVENT_KIND = eINSTANCE.getBlindingEventKind();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.StudyStatus <em>Study Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.StudyStatus
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getStudyStatus()
		 * @generated
		 */
		EEnum STUDY_STATUS = eINSTANCE.getStudyStatus();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.ExperimentalUnit <em>Experimental Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.ExperimentalUnit
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getExperimentalUnit()
		 * @generated
		 */
		EEnum EXPERIMENTAL_UNIT = eINSTANCE.getExperimentalUnit();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.TimeDesign <em>Time Design</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.TimeDesign
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getTimeDesign()
		 * @generated
		 */
		EEnum TIME_DESIGN = eINSTANCE.getTimeDesign();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.Sex <em>Sex</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.Sex
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getSex()
		 * @generated
		 */
		EEnum SEX = eINSTANCE.getSex();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.AnimalStatus <em>Animal Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.AnimalStatus
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getAnimalStatus()
		 * @generated
		 */
		EEnum ANIMAL_STATUS = eINSTANCE.getAnimalStatus();

		/**
		 * The meta object literal for the '{@link org.vivarium.model.AssayKind <em>Assay Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vivarium.model.AssayKind
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getAssayKind()
		 * @generated
		 */
		EEnum ASSAY_KIND = eINSTANCE.getAssayKind();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Local Date Time</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDateTime
		 * @see org.vivarium.model.impl.VivariumPackageImpl#getLocalDateTime()
		 * @generated
		 */
		EDataType LOCAL_DATE_TIME = eINSTANCE.getLocalDateTime();

	}

} //VivariumPackage
