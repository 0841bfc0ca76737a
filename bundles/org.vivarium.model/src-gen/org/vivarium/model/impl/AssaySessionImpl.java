/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model.impl;

import java.time.LocalDateTime;

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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.Measurement;
import org.vivarium.model.VivariumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assay Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.impl.AssaySessionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AssaySessionImpl#getCohort <em>Cohort</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AssaySessionImpl#getAnimals <em>Animals</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AssaySessionImpl#getTimeFromDoseHours <em>Time From Dose Hours</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AssaySessionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AssaySessionImpl#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AssaySessionImpl#isBlinded <em>Blinded</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AssaySessionImpl#getCompletedBy <em>Completed By</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AssaySessionImpl#getCompletedAt <em>Completed At</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AssaySessionImpl#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AssaySessionImpl#getAnalysisStartSeconds <em>Analysis Start Seconds</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AssaySessionImpl#getAnalysisEndSeconds <em>Analysis End Seconds</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AssaySessionImpl#getScoring <em>Scoring</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssaySessionImpl extends MinimalEObjectImpl.Container implements AssaySession {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCohort() <em>Cohort</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCohort()
	 * @generated
	 * @ordered
	 */
	protected Cohort cohort;

	/**
	 * The cached value of the '{@link #getAnimals() <em>Animals</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnimals()
	 * @generated
	 * @ordered
	 */
	protected EList<Animal> animals;

	/**
	 * The default value of the '{@link #getTimeFromDoseHours() <em>Time From Dose Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeFromDoseHours()
	 * @generated
	 * @ordered
	 */
	protected static final double TIME_FROM_DOSE_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTimeFromDoseHours() <em>Time From Dose Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeFromDoseHours()
	 * @generated
	 * @ordered
	 */
	protected double timeFromDoseHours = TIME_FROM_DOSE_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected String operator = OPERATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isBlinded() <em>Blinded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBlinded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BLINDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBlinded() <em>Blinded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBlinded()
	 * @generated
	 * @ordered
	 */
	protected boolean blinded = BLINDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletedBy() <em>Completed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPLETED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletedBy() <em>Completed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedBy()
	 * @generated
	 * @ordered
	 */
	protected String completedBy = COMPLETED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletedAt() <em>Completed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedAt()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime COMPLETED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletedAt() <em>Completed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedAt()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime completedAt = COMPLETED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeasurements() <em>Measurements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<Measurement> measurements;

	/**
	 * The default value of the '{@link #getAnalysisStartSeconds() <em>Analysis Start Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisStartSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Double ANALYSIS_START_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnalysisStartSeconds() <em>Analysis Start Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisStartSeconds()
	 * @generated
	 * @ordered
	 */
	protected Double analysisStartSeconds = ANALYSIS_START_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnalysisEndSeconds() <em>Analysis End Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisEndSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Double ANALYSIS_END_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnalysisEndSeconds() <em>Analysis End Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisEndSeconds()
	 * @generated
	 * @ordered
	 */
	protected Double analysisEndSeconds = ANALYSIS_END_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getScoring() <em>Scoring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoring()
	 * @generated
	 * @ordered
	 */
	protected static final String SCORING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScoring() <em>Scoring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoring()
	 * @generated
	 * @ordered
	 */
	protected String scoring = SCORING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssaySessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VivariumPackage.Literals.ASSAY_SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ASSAY_SESSION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cohort getCohort() {
		if (cohort != null && cohort.eIsProxy()) {
			InternalEObject oldCohort = (InternalEObject)cohort;
			cohort = (Cohort)eResolveProxy(oldCohort);
			if (cohort != oldCohort) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VivariumPackage.ASSAY_SESSION__COHORT, oldCohort, cohort));
			}
		}
		return cohort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Cohort basicGetCohort() {
		return cohort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCohort(Cohort newCohort) {
		Cohort oldCohort = cohort;
		cohort = newCohort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ASSAY_SESSION__COHORT, oldCohort, cohort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Animal> getAnimals() {
		if (animals == null) {
			animals = new EObjectResolvingEList<Animal>(Animal.class, this, VivariumPackage.ASSAY_SESSION__ANIMALS);
		}
		return animals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTimeFromDoseHours() {
		return timeFromDoseHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeFromDoseHours(double newTimeFromDoseHours) {
		double oldTimeFromDoseHours = timeFromDoseHours;
		timeFromDoseHours = newTimeFromDoseHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ASSAY_SESSION__TIME_FROM_DOSE_HOURS, oldTimeFromDoseHours, timeFromDoseHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDateTime newDate) {
		LocalDateTime oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ASSAY_SESSION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperator() {
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperator(String newOperator) {
		String oldOperator = operator;
		operator = newOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ASSAY_SESSION__OPERATOR, oldOperator, operator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBlinded() {
		return blinded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlinded(boolean newBlinded) {
		boolean oldBlinded = blinded;
		blinded = newBlinded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ASSAY_SESSION__BLINDED, oldBlinded, blinded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCompletedBy() {
		return completedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletedBy(String newCompletedBy) {
		String oldCompletedBy = completedBy;
		completedBy = newCompletedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ASSAY_SESSION__COMPLETED_BY, oldCompletedBy, completedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getCompletedAt() {
		return completedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletedAt(LocalDateTime newCompletedAt) {
		LocalDateTime oldCompletedAt = completedAt;
		completedAt = newCompletedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ASSAY_SESSION__COMPLETED_AT, oldCompletedAt, completedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measurement> getMeasurements() {
		if (measurements == null) {
			measurements = new EObjectContainmentEList<Measurement>(Measurement.class, this, VivariumPackage.ASSAY_SESSION__MEASUREMENTS);
		}
		return measurements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getAnalysisStartSeconds() {
		return analysisStartSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnalysisStartSeconds(Double newAnalysisStartSeconds) {
		Double oldAnalysisStartSeconds = analysisStartSeconds;
		analysisStartSeconds = newAnalysisStartSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ASSAY_SESSION__ANALYSIS_START_SECONDS, oldAnalysisStartSeconds, analysisStartSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getAnalysisEndSeconds() {
		return analysisEndSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnalysisEndSeconds(Double newAnalysisEndSeconds) {
		Double oldAnalysisEndSeconds = analysisEndSeconds;
		analysisEndSeconds = newAnalysisEndSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ASSAY_SESSION__ANALYSIS_END_SECONDS, oldAnalysisEndSeconds, analysisEndSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScoring() {
		return scoring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoring(String newScoring) {
		String oldScoring = scoring;
		scoring = newScoring;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ASSAY_SESSION__SCORING, oldScoring, scoring));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VivariumPackage.ASSAY_SESSION__MEASUREMENTS:
				return ((InternalEList<?>)getMeasurements()).basicRemove(otherEnd, msgs);
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
			case VivariumPackage.ASSAY_SESSION__NAME:
				return getName();
			case VivariumPackage.ASSAY_SESSION__COHORT:
				if (resolve) return getCohort();
				return basicGetCohort();
			case VivariumPackage.ASSAY_SESSION__ANIMALS:
				return getAnimals();
			case VivariumPackage.ASSAY_SESSION__TIME_FROM_DOSE_HOURS:
				return getTimeFromDoseHours();
			case VivariumPackage.ASSAY_SESSION__DATE:
				return getDate();
			case VivariumPackage.ASSAY_SESSION__OPERATOR:
				return getOperator();
			case VivariumPackage.ASSAY_SESSION__BLINDED:
				return isBlinded();
			case VivariumPackage.ASSAY_SESSION__COMPLETED_BY:
				return getCompletedBy();
			case VivariumPackage.ASSAY_SESSION__COMPLETED_AT:
				return getCompletedAt();
			case VivariumPackage.ASSAY_SESSION__MEASUREMENTS:
				return getMeasurements();
			case VivariumPackage.ASSAY_SESSION__ANALYSIS_START_SECONDS:
				return getAnalysisStartSeconds();
			case VivariumPackage.ASSAY_SESSION__ANALYSIS_END_SECONDS:
				return getAnalysisEndSeconds();
			case VivariumPackage.ASSAY_SESSION__SCORING:
				return getScoring();
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
			case VivariumPackage.ASSAY_SESSION__NAME:
				setName((String)newValue);
				return;
			case VivariumPackage.ASSAY_SESSION__COHORT:
				setCohort((Cohort)newValue);
				return;
			case VivariumPackage.ASSAY_SESSION__ANIMALS:
				getAnimals().clear();
				getAnimals().addAll((Collection<? extends Animal>)newValue);
				return;
			case VivariumPackage.ASSAY_SESSION__TIME_FROM_DOSE_HOURS:
				setTimeFromDoseHours((Double)newValue);
				return;
			case VivariumPackage.ASSAY_SESSION__DATE:
				setDate((LocalDateTime)newValue);
				return;
			case VivariumPackage.ASSAY_SESSION__OPERATOR:
				setOperator((String)newValue);
				return;
			case VivariumPackage.ASSAY_SESSION__BLINDED:
				setBlinded((Boolean)newValue);
				return;
			case VivariumPackage.ASSAY_SESSION__COMPLETED_BY:
				setCompletedBy((String)newValue);
				return;
			case VivariumPackage.ASSAY_SESSION__COMPLETED_AT:
				setCompletedAt((LocalDateTime)newValue);
				return;
			case VivariumPackage.ASSAY_SESSION__MEASUREMENTS:
				getMeasurements().clear();
				getMeasurements().addAll((Collection<? extends Measurement>)newValue);
				return;
			case VivariumPackage.ASSAY_SESSION__ANALYSIS_START_SECONDS:
				setAnalysisStartSeconds((Double)newValue);
				return;
			case VivariumPackage.ASSAY_SESSION__ANALYSIS_END_SECONDS:
				setAnalysisEndSeconds((Double)newValue);
				return;
			case VivariumPackage.ASSAY_SESSION__SCORING:
				setScoring((String)newValue);
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
			case VivariumPackage.ASSAY_SESSION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case VivariumPackage.ASSAY_SESSION__COHORT:
				setCohort((Cohort)null);
				return;
			case VivariumPackage.ASSAY_SESSION__ANIMALS:
				getAnimals().clear();
				return;
			case VivariumPackage.ASSAY_SESSION__TIME_FROM_DOSE_HOURS:
				setTimeFromDoseHours(TIME_FROM_DOSE_HOURS_EDEFAULT);
				return;
			case VivariumPackage.ASSAY_SESSION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case VivariumPackage.ASSAY_SESSION__OPERATOR:
				setOperator(OPERATOR_EDEFAULT);
				return;
			case VivariumPackage.ASSAY_SESSION__BLINDED:
				setBlinded(BLINDED_EDEFAULT);
				return;
			case VivariumPackage.ASSAY_SESSION__COMPLETED_BY:
				setCompletedBy(COMPLETED_BY_EDEFAULT);
				return;
			case VivariumPackage.ASSAY_SESSION__COMPLETED_AT:
				setCompletedAt(COMPLETED_AT_EDEFAULT);
				return;
			case VivariumPackage.ASSAY_SESSION__MEASUREMENTS:
				getMeasurements().clear();
				return;
			case VivariumPackage.ASSAY_SESSION__ANALYSIS_START_SECONDS:
				setAnalysisStartSeconds(ANALYSIS_START_SECONDS_EDEFAULT);
				return;
			case VivariumPackage.ASSAY_SESSION__ANALYSIS_END_SECONDS:
				setAnalysisEndSeconds(ANALYSIS_END_SECONDS_EDEFAULT);
				return;
			case VivariumPackage.ASSAY_SESSION__SCORING:
				setScoring(SCORING_EDEFAULT);
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
			case VivariumPackage.ASSAY_SESSION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case VivariumPackage.ASSAY_SESSION__COHORT:
				return cohort != null;
			case VivariumPackage.ASSAY_SESSION__ANIMALS:
				return animals != null && !animals.isEmpty();
			case VivariumPackage.ASSAY_SESSION__TIME_FROM_DOSE_HOURS:
				return timeFromDoseHours != TIME_FROM_DOSE_HOURS_EDEFAULT;
			case VivariumPackage.ASSAY_SESSION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case VivariumPackage.ASSAY_SESSION__OPERATOR:
				return OPERATOR_EDEFAULT == null ? operator != null : !OPERATOR_EDEFAULT.equals(operator);
			case VivariumPackage.ASSAY_SESSION__BLINDED:
				return blinded != BLINDED_EDEFAULT;
			case VivariumPackage.ASSAY_SESSION__COMPLETED_BY:
				return COMPLETED_BY_EDEFAULT == null ? completedBy != null : !COMPLETED_BY_EDEFAULT.equals(completedBy);
			case VivariumPackage.ASSAY_SESSION__COMPLETED_AT:
				return COMPLETED_AT_EDEFAULT == null ? completedAt != null : !COMPLETED_AT_EDEFAULT.equals(completedAt);
			case VivariumPackage.ASSAY_SESSION__MEASUREMENTS:
				return measurements != null && !measurements.isEmpty();
			case VivariumPackage.ASSAY_SESSION__ANALYSIS_START_SECONDS:
				return ANALYSIS_START_SECONDS_EDEFAULT == null ? analysisStartSeconds != null : !ANALYSIS_START_SECONDS_EDEFAULT.equals(analysisStartSeconds);
			case VivariumPackage.ASSAY_SESSION__ANALYSIS_END_SECONDS:
				return ANALYSIS_END_SECONDS_EDEFAULT == null ? analysisEndSeconds != null : !ANALYSIS_END_SECONDS_EDEFAULT.equals(analysisEndSeconds);
			case VivariumPackage.ASSAY_SESSION__SCORING:
				return SCORING_EDEFAULT == null ? scoring != null : !SCORING_EDEFAULT.equals(scoring);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", timeFromDoseHours: ");
		result.append(timeFromDoseHours);
		result.append(", date: ");
		result.append(date);
		result.append(", operator: ");
		result.append(operator);
		result.append(", blinded: ");
		result.append(blinded);
		result.append(", completedBy: ");
		result.append(completedBy);
		result.append(", completedAt: ");
		result.append(completedAt);
		result.append(", analysisStartSeconds: ");
		result.append(analysisStartSeconds);
		result.append(", analysisEndSeconds: ");
		result.append(analysisEndSeconds);
		result.append(", scoring: ");
		result.append(scoring);
		result.append(')');
		return result.toString();
	}

} //AssaySessionImpl
