/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vivarium.model.AllocationRecord;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.BlindingEvent;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.Route;
import org.vivarium.model.Stock;
import org.vivarium.model.Study;
import org.vivarium.model.StudyStatus;
import org.vivarium.model.TimeDesign;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getPrincipalInvestigator <em>Principal Investigator</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getProtocolNumber <em>Protocol Number</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getSpecies <em>Species</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getHypothesis <em>Hypothesis</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getExperimentalUnit <em>Experimental Unit</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getTimeDesign <em>Time Design</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getSampleSizeRationale <em>Sample Size Rationale</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getRandomisationMethod <em>Randomisation Method</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getBlindingMethod <em>Blinding Method</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getCompounds <em>Compounds</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getRoutes <em>Routes</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getArms <em>Arms</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getCohorts <em>Cohorts</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getAssays <em>Assays</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#isTreatmentsCoded <em>Treatments Coded</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getAllocations <em>Allocations</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getBlindingLog <em>Blinding Log</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StudyImpl#getStocks <em>Stocks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyImpl extends MinimalEObjectImpl.Container implements Study {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrincipalInvestigator() <em>Principal Investigator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrincipalInvestigator()
	 * @generated
	 * @ordered
	 */
	protected static final String PRINCIPAL_INVESTIGATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrincipalInvestigator() <em>Principal Investigator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrincipalInvestigator()
	 * @generated
	 * @ordered
	 */
	protected String principalInvestigator = PRINCIPAL_INVESTIGATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getProtocolNumber() <em>Protocol Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String PROTOCOL_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProtocolNumber() <em>Protocol Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolNumber()
	 * @generated
	 * @ordered
	 */
	protected String protocolNumber = PROTOCOL_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpecies() <em>Species</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecies()
	 * @generated
	 * @ordered
	 */
	protected static final String SPECIES_EDEFAULT = "Mus musculus";

	/**
	 * The cached value of the '{@link #getSpecies() <em>Species</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecies()
	 * @generated
	 * @ordered
	 */
	protected String species = SPECIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getHypothesis() <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypothesis()
	 * @generated
	 * @ordered
	 */
	protected static final String HYPOTHESIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHypothesis() <em>Hypothesis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypothesis()
	 * @generated
	 * @ordered
	 */
	protected String hypothesis = HYPOTHESIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final StudyStatus STATUS_EDEFAULT = StudyStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected StudyStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getExperimentalUnit() <em>Experimental Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperimentalUnit()
	 * @generated
	 * @ordered
	 */
	protected static final ExperimentalUnit EXPERIMENTAL_UNIT_EDEFAULT = ExperimentalUnit.ANIMAL;

	/**
	 * The cached value of the '{@link #getExperimentalUnit() <em>Experimental Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperimentalUnit()
	 * @generated
	 * @ordered
	 */
	protected ExperimentalUnit experimentalUnit = EXPERIMENTAL_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeDesign() <em>Time Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeDesign()
	 * @generated
	 * @ordered
	 */
	protected static final TimeDesign TIME_DESIGN_EDEFAULT = TimeDesign.SEPARATE_COHORTS;

	/**
	 * The cached value of the '{@link #getTimeDesign() <em>Time Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeDesign()
	 * @generated
	 * @ordered
	 */
	protected TimeDesign timeDesign = TIME_DESIGN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSampleSizeRationale() <em>Sample Size Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampleSizeRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String SAMPLE_SIZE_RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSampleSizeRationale() <em>Sample Size Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampleSizeRationale()
	 * @generated
	 * @ordered
	 */
	protected String sampleSizeRationale = SAMPLE_SIZE_RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRandomisationMethod() <em>Randomisation Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomisationMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String RANDOMISATION_METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRandomisationMethod() <em>Randomisation Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomisationMethod()
	 * @generated
	 * @ordered
	 */
	protected String randomisationMethod = RANDOMISATION_METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlindingMethod() <em>Blinding Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlindingMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String BLINDING_METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBlindingMethod() <em>Blinding Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlindingMethod()
	 * @generated
	 * @ordered
	 */
	protected String blindingMethod = BLINDING_METHOD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCompounds() <em>Compounds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompounds()
	 * @generated
	 * @ordered
	 */
	protected EList<Compound> compounds;

	/**
	 * The cached value of the '{@link #getRoutes() <em>Routes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoutes()
	 * @generated
	 * @ordered
	 */
	protected EList<Route> routes;

	/**
	 * The cached value of the '{@link #getArms() <em>Arms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArms()
	 * @generated
	 * @ordered
	 */
	protected EList<TreatmentArm> arms;

	/**
	 * The cached value of the '{@link #getCohorts() <em>Cohorts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCohorts()
	 * @generated
	 * @ordered
	 */
	protected EList<Cohort> cohorts;

	/**
	 * The cached value of the '{@link #getAssays() <em>Assays</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssays()
	 * @generated
	 * @ordered
	 */
	protected EList<AssayDefinition> assays;

	/**
	 * The default value of the '{@link #isTreatmentsCoded() <em>Treatments Coded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTreatmentsCoded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TREATMENTS_CODED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTreatmentsCoded() <em>Treatments Coded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTreatmentsCoded()
	 * @generated
	 * @ordered
	 */
	protected boolean treatmentsCoded = TREATMENTS_CODED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAllocations() <em>Allocations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocations()
	 * @generated
	 * @ordered
	 */
	protected EList<AllocationRecord> allocations;

	/**
	 * The cached value of the '{@link #getBlindingLog() <em>Blinding Log</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlindingLog()
	 * @generated
	 * @ordered
	 */
	protected EList<BlindingEvent> blindingLog;

	/**
	 * The cached value of the '{@link #getStocks() <em>Stocks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStocks()
	 * @generated
	 * @ordered
	 */
	protected EList<Stock> stocks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VivariumPackage.Literals.STUDY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STUDY__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STUDY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrincipalInvestigator() {
		return principalInvestigator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrincipalInvestigator(String newPrincipalInvestigator) {
		String oldPrincipalInvestigator = principalInvestigator;
		principalInvestigator = newPrincipalInvestigator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STUDY__PRINCIPAL_INVESTIGATOR, oldPrincipalInvestigator, principalInvestigator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProtocolNumber() {
		return protocolNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProtocolNumber(String newProtocolNumber) {
		String oldProtocolNumber = protocolNumber;
		protocolNumber = newProtocolNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STUDY__PROTOCOL_NUMBER, oldProtocolNumber, protocolNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSpecies() {
		return species;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpecies(String newSpecies) {
		String oldSpecies = species;
		species = newSpecies;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STUDY__SPECIES, oldSpecies, species));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHypothesis() {
		return hypothesis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHypothesis(String newHypothesis) {
		String oldHypothesis = hypothesis;
		hypothesis = newHypothesis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STUDY__HYPOTHESIS, oldHypothesis, hypothesis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STUDY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(StudyStatus newStatus) {
		StudyStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STUDY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExperimentalUnit getExperimentalUnit() {
		return experimentalUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExperimentalUnit(ExperimentalUnit newExperimentalUnit) {
		ExperimentalUnit oldExperimentalUnit = experimentalUnit;
		experimentalUnit = newExperimentalUnit == null ? EXPERIMENTAL_UNIT_EDEFAULT : newExperimentalUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STUDY__EXPERIMENTAL_UNIT, oldExperimentalUnit, experimentalUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeDesign getTimeDesign() {
		return timeDesign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeDesign(TimeDesign newTimeDesign) {
		TimeDesign oldTimeDesign = timeDesign;
		timeDesign = newTimeDesign == null ? TIME_DESIGN_EDEFAULT : newTimeDesign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STUDY__TIME_DESIGN, oldTimeDesign, timeDesign));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSampleSizeRationale() {
		return sampleSizeRationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSampleSizeRationale(String newSampleSizeRationale) {
		String oldSampleSizeRationale = sampleSizeRationale;
		sampleSizeRationale = newSampleSizeRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STUDY__SAMPLE_SIZE_RATIONALE, oldSampleSizeRationale, sampleSizeRationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRandomisationMethod() {
		return randomisationMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRandomisationMethod(String newRandomisationMethod) {
		String oldRandomisationMethod = randomisationMethod;
		randomisationMethod = newRandomisationMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STUDY__RANDOMISATION_METHOD, oldRandomisationMethod, randomisationMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBlindingMethod() {
		return blindingMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlindingMethod(String newBlindingMethod) {
		String oldBlindingMethod = blindingMethod;
		blindingMethod = newBlindingMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STUDY__BLINDING_METHOD, oldBlindingMethod, blindingMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Compound> getCompounds() {
		if (compounds == null) {
			compounds = new EObjectContainmentEList<Compound>(Compound.class, this, VivariumPackage.STUDY__COMPOUNDS);
		}
		return compounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Route> getRoutes() {
		if (routes == null) {
			routes = new EObjectContainmentEList<Route>(Route.class, this, VivariumPackage.STUDY__ROUTES);
		}
		return routes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TreatmentArm> getArms() {
		if (arms == null) {
			arms = new EObjectContainmentEList<TreatmentArm>(TreatmentArm.class, this, VivariumPackage.STUDY__ARMS);
		}
		return arms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cohort> getCohorts() {
		if (cohorts == null) {
			cohorts = new EObjectContainmentEList<Cohort>(Cohort.class, this, VivariumPackage.STUDY__COHORTS);
		}
		return cohorts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AssayDefinition> getAssays() {
		if (assays == null) {
			assays = new EObjectContainmentEList<AssayDefinition>(AssayDefinition.class, this, VivariumPackage.STUDY__ASSAYS);
		}
		return assays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTreatmentsCoded() {
		return treatmentsCoded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTreatmentsCoded(boolean newTreatmentsCoded) {
		boolean oldTreatmentsCoded = treatmentsCoded;
		treatmentsCoded = newTreatmentsCoded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STUDY__TREATMENTS_CODED, oldTreatmentsCoded, treatmentsCoded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AllocationRecord> getAllocations() {
		if (allocations == null) {
			allocations = new EObjectContainmentEList<AllocationRecord>(AllocationRecord.class, this, VivariumPackage.STUDY__ALLOCATIONS);
		}
		return allocations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BlindingEvent> getBlindingLog() {
		if (blindingLog == null) {
			blindingLog = new EObjectContainmentEList<BlindingEvent>(BlindingEvent.class, this, VivariumPackage.STUDY__BLINDING_LOG);
		}
		return blindingLog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Stock> getStocks() {
		if (stocks == null) {
			stocks = new EObjectContainmentEList<Stock>(Stock.class, this, VivariumPackage.STUDY__STOCKS);
		}
		return stocks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VivariumPackage.STUDY__COMPOUNDS:
				return ((InternalEList<?>)getCompounds()).basicRemove(otherEnd, msgs);
			case VivariumPackage.STUDY__ROUTES:
				return ((InternalEList<?>)getRoutes()).basicRemove(otherEnd, msgs);
			case VivariumPackage.STUDY__ARMS:
				return ((InternalEList<?>)getArms()).basicRemove(otherEnd, msgs);
			case VivariumPackage.STUDY__COHORTS:
				return ((InternalEList<?>)getCohorts()).basicRemove(otherEnd, msgs);
			case VivariumPackage.STUDY__ASSAYS:
				return ((InternalEList<?>)getAssays()).basicRemove(otherEnd, msgs);
			case VivariumPackage.STUDY__ALLOCATIONS:
				return ((InternalEList<?>)getAllocations()).basicRemove(otherEnd, msgs);
			case VivariumPackage.STUDY__BLINDING_LOG:
				return ((InternalEList<?>)getBlindingLog()).basicRemove(otherEnd, msgs);
			case VivariumPackage.STUDY__STOCKS:
				return ((InternalEList<?>)getStocks()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VivariumPackage.STUDY__ID:
				return getId();
			case VivariumPackage.STUDY__TITLE:
				return getTitle();
			case VivariumPackage.STUDY__PRINCIPAL_INVESTIGATOR:
				return getPrincipalInvestigator();
			case VivariumPackage.STUDY__PROTOCOL_NUMBER:
				return getProtocolNumber();
			case VivariumPackage.STUDY__SPECIES:
				return getSpecies();
			case VivariumPackage.STUDY__HYPOTHESIS:
				return getHypothesis();
			case VivariumPackage.STUDY__DESCRIPTION:
				return getDescription();
			case VivariumPackage.STUDY__STATUS:
				return getStatus();
			case VivariumPackage.STUDY__EXPERIMENTAL_UNIT:
				return getExperimentalUnit();
			case VivariumPackage.STUDY__TIME_DESIGN:
				return getTimeDesign();
			case VivariumPackage.STUDY__SAMPLE_SIZE_RATIONALE:
				return getSampleSizeRationale();
			case VivariumPackage.STUDY__RANDOMISATION_METHOD:
				return getRandomisationMethod();
			case VivariumPackage.STUDY__BLINDING_METHOD:
				return getBlindingMethod();
			case VivariumPackage.STUDY__COMPOUNDS:
				return getCompounds();
			case VivariumPackage.STUDY__ROUTES:
				return getRoutes();
			case VivariumPackage.STUDY__ARMS:
				return getArms();
			case VivariumPackage.STUDY__COHORTS:
				return getCohorts();
			case VivariumPackage.STUDY__ASSAYS:
				return getAssays();
			case VivariumPackage.STUDY__TREATMENTS_CODED:
				return isTreatmentsCoded();
			case VivariumPackage.STUDY__ALLOCATIONS:
				return getAllocations();
			case VivariumPackage.STUDY__BLINDING_LOG:
				return getBlindingLog();
			case VivariumPackage.STUDY__STOCKS:
				return getStocks();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case VivariumPackage.STUDY__ID:
				setId((String)newValue);
				return;
			case VivariumPackage.STUDY__TITLE:
				setTitle((String)newValue);
				return;
			case VivariumPackage.STUDY__PRINCIPAL_INVESTIGATOR:
				setPrincipalInvestigator((String)newValue);
				return;
			case VivariumPackage.STUDY__PROTOCOL_NUMBER:
				setProtocolNumber((String)newValue);
				return;
			case VivariumPackage.STUDY__SPECIES:
				setSpecies((String)newValue);
				return;
			case VivariumPackage.STUDY__HYPOTHESIS:
				setHypothesis((String)newValue);
				return;
			case VivariumPackage.STUDY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case VivariumPackage.STUDY__STATUS:
				setStatus((StudyStatus)newValue);
				return;
			case VivariumPackage.STUDY__EXPERIMENTAL_UNIT:
				setExperimentalUnit((ExperimentalUnit)newValue);
				return;
			case VivariumPackage.STUDY__TIME_DESIGN:
				setTimeDesign((TimeDesign)newValue);
				return;
			case VivariumPackage.STUDY__SAMPLE_SIZE_RATIONALE:
				setSampleSizeRationale((String)newValue);
				return;
			case VivariumPackage.STUDY__RANDOMISATION_METHOD:
				setRandomisationMethod((String)newValue);
				return;
			case VivariumPackage.STUDY__BLINDING_METHOD:
				setBlindingMethod((String)newValue);
				return;
			case VivariumPackage.STUDY__COMPOUNDS:
				getCompounds().clear();
				getCompounds().addAll((Collection<? extends Compound>)newValue);
				return;
			case VivariumPackage.STUDY__ROUTES:
				getRoutes().clear();
				getRoutes().addAll((Collection<? extends Route>)newValue);
				return;
			case VivariumPackage.STUDY__ARMS:
				getArms().clear();
				getArms().addAll((Collection<? extends TreatmentArm>)newValue);
				return;
			case VivariumPackage.STUDY__COHORTS:
				getCohorts().clear();
				getCohorts().addAll((Collection<? extends Cohort>)newValue);
				return;
			case VivariumPackage.STUDY__ASSAYS:
				getAssays().clear();
				getAssays().addAll((Collection<? extends AssayDefinition>)newValue);
				return;
			case VivariumPackage.STUDY__TREATMENTS_CODED:
				setTreatmentsCoded((Boolean)newValue);
				return;
			case VivariumPackage.STUDY__ALLOCATIONS:
				getAllocations().clear();
				getAllocations().addAll((Collection<? extends AllocationRecord>)newValue);
				return;
			case VivariumPackage.STUDY__BLINDING_LOG:
				getBlindingLog().clear();
				getBlindingLog().addAll((Collection<? extends BlindingEvent>)newValue);
				return;
			case VivariumPackage.STUDY__STOCKS:
				getStocks().clear();
				getStocks().addAll((Collection<? extends Stock>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case VivariumPackage.STUDY__ID:
				setId(ID_EDEFAULT);
				return;
			case VivariumPackage.STUDY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case VivariumPackage.STUDY__PRINCIPAL_INVESTIGATOR:
				setPrincipalInvestigator(PRINCIPAL_INVESTIGATOR_EDEFAULT);
				return;
			case VivariumPackage.STUDY__PROTOCOL_NUMBER:
				setProtocolNumber(PROTOCOL_NUMBER_EDEFAULT);
				return;
			case VivariumPackage.STUDY__SPECIES:
				setSpecies(SPECIES_EDEFAULT);
				return;
			case VivariumPackage.STUDY__HYPOTHESIS:
				setHypothesis(HYPOTHESIS_EDEFAULT);
				return;
			case VivariumPackage.STUDY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case VivariumPackage.STUDY__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case VivariumPackage.STUDY__EXPERIMENTAL_UNIT:
				setExperimentalUnit(EXPERIMENTAL_UNIT_EDEFAULT);
				return;
			case VivariumPackage.STUDY__TIME_DESIGN:
				setTimeDesign(TIME_DESIGN_EDEFAULT);
				return;
			case VivariumPackage.STUDY__SAMPLE_SIZE_RATIONALE:
				setSampleSizeRationale(SAMPLE_SIZE_RATIONALE_EDEFAULT);
				return;
			case VivariumPackage.STUDY__RANDOMISATION_METHOD:
				setRandomisationMethod(RANDOMISATION_METHOD_EDEFAULT);
				return;
			case VivariumPackage.STUDY__BLINDING_METHOD:
				setBlindingMethod(BLINDING_METHOD_EDEFAULT);
				return;
			case VivariumPackage.STUDY__COMPOUNDS:
				getCompounds().clear();
				return;
			case VivariumPackage.STUDY__ROUTES:
				getRoutes().clear();
				return;
			case VivariumPackage.STUDY__ARMS:
				getArms().clear();
				return;
			case VivariumPackage.STUDY__COHORTS:
				getCohorts().clear();
				return;
			case VivariumPackage.STUDY__ASSAYS:
				getAssays().clear();
				return;
			case VivariumPackage.STUDY__TREATMENTS_CODED:
				setTreatmentsCoded(TREATMENTS_CODED_EDEFAULT);
				return;
			case VivariumPackage.STUDY__ALLOCATIONS:
				getAllocations().clear();
				return;
			case VivariumPackage.STUDY__BLINDING_LOG:
				getBlindingLog().clear();
				return;
			case VivariumPackage.STUDY__STOCKS:
				getStocks().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case VivariumPackage.STUDY__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case VivariumPackage.STUDY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case VivariumPackage.STUDY__PRINCIPAL_INVESTIGATOR:
				return PRINCIPAL_INVESTIGATOR_EDEFAULT == null ? principalInvestigator != null : !PRINCIPAL_INVESTIGATOR_EDEFAULT.equals(principalInvestigator);
			case VivariumPackage.STUDY__PROTOCOL_NUMBER:
				return PROTOCOL_NUMBER_EDEFAULT == null ? protocolNumber != null : !PROTOCOL_NUMBER_EDEFAULT.equals(protocolNumber);
			case VivariumPackage.STUDY__SPECIES:
				return SPECIES_EDEFAULT == null ? species != null : !SPECIES_EDEFAULT.equals(species);
			case VivariumPackage.STUDY__HYPOTHESIS:
				return HYPOTHESIS_EDEFAULT == null ? hypothesis != null : !HYPOTHESIS_EDEFAULT.equals(hypothesis);
			case VivariumPackage.STUDY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case VivariumPackage.STUDY__STATUS:
				return status != STATUS_EDEFAULT;
			case VivariumPackage.STUDY__EXPERIMENTAL_UNIT:
				return experimentalUnit != EXPERIMENTAL_UNIT_EDEFAULT;
			case VivariumPackage.STUDY__TIME_DESIGN:
				return timeDesign != TIME_DESIGN_EDEFAULT;
			case VivariumPackage.STUDY__SAMPLE_SIZE_RATIONALE:
				return SAMPLE_SIZE_RATIONALE_EDEFAULT == null ? sampleSizeRationale != null : !SAMPLE_SIZE_RATIONALE_EDEFAULT.equals(sampleSizeRationale);
			case VivariumPackage.STUDY__RANDOMISATION_METHOD:
				return RANDOMISATION_METHOD_EDEFAULT == null ? randomisationMethod != null : !RANDOMISATION_METHOD_EDEFAULT.equals(randomisationMethod);
			case VivariumPackage.STUDY__BLINDING_METHOD:
				return BLINDING_METHOD_EDEFAULT == null ? blindingMethod != null : !BLINDING_METHOD_EDEFAULT.equals(blindingMethod);
			case VivariumPackage.STUDY__COMPOUNDS:
				return compounds != null && !compounds.isEmpty();
			case VivariumPackage.STUDY__ROUTES:
				return routes != null && !routes.isEmpty();
			case VivariumPackage.STUDY__ARMS:
				return arms != null && !arms.isEmpty();
			case VivariumPackage.STUDY__COHORTS:
				return cohorts != null && !cohorts.isEmpty();
			case VivariumPackage.STUDY__ASSAYS:
				return assays != null && !assays.isEmpty();
			case VivariumPackage.STUDY__TREATMENTS_CODED:
				return treatmentsCoded != TREATMENTS_CODED_EDEFAULT;
			case VivariumPackage.STUDY__ALLOCATIONS:
				return allocations != null && !allocations.isEmpty();
			case VivariumPackage.STUDY__BLINDING_LOG:
				return blindingLog != null && !blindingLog.isEmpty();
			case VivariumPackage.STUDY__STOCKS:
				return stocks != null && !stocks.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", principalInvestigator: ");
		result.append(principalInvestigator);
		result.append(", protocolNumber: ");
		result.append(protocolNumber);
		result.append(", species: ");
		result.append(species);
		result.append(", hypothesis: ");
		result.append(hypothesis);
		result.append(", description: ");
		result.append(description);
		result.append(", status: ");
		result.append(status);
		result.append(", experimentalUnit: ");
		result.append(experimentalUnit);
		result.append(", timeDesign: ");
		result.append(timeDesign);
		result.append(", sampleSizeRationale: ");
		result.append(sampleSizeRationale);
		result.append(", randomisationMethod: ");
		result.append(randomisationMethod);
		result.append(", blindingMethod: ");
		result.append(blindingMethod);
		result.append(", treatmentsCoded: ");
		result.append(treatmentsCoded);
		result.append(')');
		return result.toString();
	}

} //StudyImpl
