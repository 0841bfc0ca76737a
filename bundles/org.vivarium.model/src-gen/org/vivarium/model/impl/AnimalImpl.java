/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model.impl;

import java.time.LocalDate;

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
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Cage;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Sex;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Animal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.impl.AnimalImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AnimalImpl#getEarTag <em>Ear Tag</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AnimalImpl#getBlindCode <em>Blind Code</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AnimalImpl#getSex <em>Sex</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AnimalImpl#getDateOfBirth <em>Date Of Birth</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AnimalImpl#getGenotype <em>Genotype</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AnimalImpl#getCage <em>Cage</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AnimalImpl#getArm <em>Arm</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AnimalImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AnimalImpl#getStatusDate <em>Status Date</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AnimalImpl#getStatusReason <em>Status Reason</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AnimalImpl#getBodyWeights <em>Body Weights</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AnimalImpl#getDosingEvents <em>Dosing Events</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnimalImpl extends MinimalEObjectImpl.Container implements Animal {
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
	 * The default value of the '{@link #getEarTag() <em>Ear Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarTag()
	 * @generated
	 * @ordered
	 */
	protected static final String EAR_TAG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEarTag() <em>Ear Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarTag()
	 * @generated
	 * @ordered
	 */
	protected String earTag = EAR_TAG_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlindCode() <em>Blind Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlindCode()
	 * @generated
	 * @ordered
	 */
	protected static final String BLIND_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBlindCode() <em>Blind Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlindCode()
	 * @generated
	 * @ordered
	 */
	protected String blindCode = BLIND_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected static final Sex SEX_EDEFAULT = Sex.UNKNOWN;

	/**
	 * The cached value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected Sex sex = SEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateOfBirth() <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfBirth()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_OF_BIRTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateOfBirth() <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfBirth()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dateOfBirth = DATE_OF_BIRTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getGenotype() <em>Genotype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenotype()
	 * @generated
	 * @ordered
	 */
	protected static final String GENOTYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGenotype() <em>Genotype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenotype()
	 * @generated
	 * @ordered
	 */
	protected String genotype = GENOTYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCage() <em>Cage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCage()
	 * @generated
	 * @ordered
	 */
	protected Cage cage;

	/**
	 * The cached value of the '{@link #getArm() <em>Arm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArm()
	 * @generated
	 * @ordered
	 */
	protected TreatmentArm arm;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AnimalStatus STATUS_EDEFAULT = AnimalStatus.ACTIVE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AnimalStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusDate() <em>Status Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate STATUS_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusDate() <em>Status Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate statusDate = STATUS_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusReason() <em>Status Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusReason()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusReason() <em>Status Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusReason()
	 * @generated
	 * @ordered
	 */
	protected String statusReason = STATUS_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBodyWeights() <em>Body Weights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBodyWeights()
	 * @generated
	 * @ordered
	 */
	protected EList<BodyWeight> bodyWeights;

	/**
	 * The cached value of the '{@link #getDosingEvents() <em>Dosing Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDosingEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<DosingEvent> dosingEvents;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnimalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VivariumPackage.Literals.ANIMAL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ANIMAL__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEarTag() {
		return earTag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEarTag(String newEarTag) {
		String oldEarTag = earTag;
		earTag = newEarTag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ANIMAL__EAR_TAG, oldEarTag, earTag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBlindCode() {
		return blindCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlindCode(String newBlindCode) {
		String oldBlindCode = blindCode;
		blindCode = newBlindCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ANIMAL__BLIND_CODE, oldBlindCode, blindCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sex getSex() {
		return sex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSex(Sex newSex) {
		Sex oldSex = sex;
		sex = newSex == null ? SEX_EDEFAULT : newSex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ANIMAL__SEX, oldSex, sex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateOfBirth(LocalDate newDateOfBirth) {
		LocalDate oldDateOfBirth = dateOfBirth;
		dateOfBirth = newDateOfBirth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ANIMAL__DATE_OF_BIRTH, oldDateOfBirth, dateOfBirth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGenotype() {
		return genotype;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGenotype(String newGenotype) {
		String oldGenotype = genotype;
		genotype = newGenotype;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ANIMAL__GENOTYPE, oldGenotype, genotype));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cage getCage() {
		if (cage != null && cage.eIsProxy()) {
			InternalEObject oldCage = (InternalEObject)cage;
			cage = (Cage)eResolveProxy(oldCage);
			if (cage != oldCage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VivariumPackage.ANIMAL__CAGE, oldCage, cage));
			}
		}
		return cage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Cage basicGetCage() {
		return cage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCage(Cage newCage, NotificationChain msgs) {
		Cage oldCage = cage;
		cage = newCage;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VivariumPackage.ANIMAL__CAGE, oldCage, newCage);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCage(Cage newCage) {
		if (newCage != cage) {
			NotificationChain msgs = null;
			if (cage != null)
				msgs = ((InternalEObject)cage).eInverseRemove(this, VivariumPackage.CAGE__ANIMALS, Cage.class, msgs);
			if (newCage != null)
				msgs = ((InternalEObject)newCage).eInverseAdd(this, VivariumPackage.CAGE__ANIMALS, Cage.class, msgs);
			msgs = basicSetCage(newCage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ANIMAL__CAGE, newCage, newCage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreatmentArm getArm() {
		if (arm != null && arm.eIsProxy()) {
			InternalEObject oldArm = (InternalEObject)arm;
			arm = (TreatmentArm)eResolveProxy(oldArm);
			if (arm != oldArm) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VivariumPackage.ANIMAL__ARM, oldArm, arm));
			}
		}
		return arm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TreatmentArm basicGetArm() {
		return arm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArm(TreatmentArm newArm) {
		TreatmentArm oldArm = arm;
		arm = newArm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ANIMAL__ARM, oldArm, arm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnimalStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AnimalStatus newStatus) {
		AnimalStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ANIMAL__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStatusDate() {
		return statusDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusDate(LocalDate newStatusDate) {
		LocalDate oldStatusDate = statusDate;
		statusDate = newStatusDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ANIMAL__STATUS_DATE, oldStatusDate, statusDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatusReason() {
		return statusReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusReason(String newStatusReason) {
		String oldStatusReason = statusReason;
		statusReason = newStatusReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ANIMAL__STATUS_REASON, oldStatusReason, statusReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BodyWeight> getBodyWeights() {
		if (bodyWeights == null) {
			bodyWeights = new EObjectContainmentEList<BodyWeight>(BodyWeight.class, this, VivariumPackage.ANIMAL__BODY_WEIGHTS);
		}
		return bodyWeights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DosingEvent> getDosingEvents() {
		if (dosingEvents == null) {
			dosingEvents = new EObjectContainmentWithInverseEList<DosingEvent>(DosingEvent.class, this, VivariumPackage.ANIMAL__DOSING_EVENTS, VivariumPackage.DOSING_EVENT__ANIMAL);
		}
		return dosingEvents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VivariumPackage.ANIMAL__CAGE:
				if (cage != null)
					msgs = ((InternalEObject)cage).eInverseRemove(this, VivariumPackage.CAGE__ANIMALS, Cage.class, msgs);
				return basicSetCage((Cage)otherEnd, msgs);
			case VivariumPackage.ANIMAL__DOSING_EVENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getDosingEvents()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VivariumPackage.ANIMAL__CAGE:
				return basicSetCage(null, msgs);
			case VivariumPackage.ANIMAL__BODY_WEIGHTS:
				return ((InternalEList<?>)getBodyWeights()).basicRemove(otherEnd, msgs);
			case VivariumPackage.ANIMAL__DOSING_EVENTS:
				return ((InternalEList<?>)getDosingEvents()).basicRemove(otherEnd, msgs);
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
			case VivariumPackage.ANIMAL__ID:
				return getId();
			case VivariumPackage.ANIMAL__EAR_TAG:
				return getEarTag();
			case VivariumPackage.ANIMAL__BLIND_CODE:
				return getBlindCode();
			case VivariumPackage.ANIMAL__SEX:
				return getSex();
			case VivariumPackage.ANIMAL__DATE_OF_BIRTH:
				return getDateOfBirth();
			case VivariumPackage.ANIMAL__GENOTYPE:
				return getGenotype();
			case VivariumPackage.ANIMAL__CAGE:
				if (resolve) return getCage();
				return basicGetCage();
			case VivariumPackage.ANIMAL__ARM:
				if (resolve) return getArm();
				return basicGetArm();
			case VivariumPackage.ANIMAL__STATUS:
				return getStatus();
			case VivariumPackage.ANIMAL__STATUS_DATE:
				return getStatusDate();
			case VivariumPackage.ANIMAL__STATUS_REASON:
				return getStatusReason();
			case VivariumPackage.ANIMAL__BODY_WEIGHTS:
				return getBodyWeights();
			case VivariumPackage.ANIMAL__DOSING_EVENTS:
				return getDosingEvents();
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
			case VivariumPackage.ANIMAL__ID:
				setId((String)newValue);
				return;
			case VivariumPackage.ANIMAL__EAR_TAG:
				setEarTag((String)newValue);
				return;
			case VivariumPackage.ANIMAL__BLIND_CODE:
				setBlindCode((String)newValue);
				return;
			case VivariumPackage.ANIMAL__SEX:
				setSex((Sex)newValue);
				return;
			case VivariumPackage.ANIMAL__DATE_OF_BIRTH:
				setDateOfBirth((LocalDate)newValue);
				return;
			case VivariumPackage.ANIMAL__GENOTYPE:
				setGenotype((String)newValue);
				return;
			case VivariumPackage.ANIMAL__CAGE:
				setCage((Cage)newValue);
				return;
			case VivariumPackage.ANIMAL__ARM:
				setArm((TreatmentArm)newValue);
				return;
			case VivariumPackage.ANIMAL__STATUS:
				setStatus((AnimalStatus)newValue);
				return;
			case VivariumPackage.ANIMAL__STATUS_DATE:
				setStatusDate((LocalDate)newValue);
				return;
			case VivariumPackage.ANIMAL__STATUS_REASON:
				setStatusReason((String)newValue);
				return;
			case VivariumPackage.ANIMAL__BODY_WEIGHTS:
				getBodyWeights().clear();
				getBodyWeights().addAll((Collection<? extends BodyWeight>)newValue);
				return;
			case VivariumPackage.ANIMAL__DOSING_EVENTS:
				getDosingEvents().clear();
				getDosingEvents().addAll((Collection<? extends DosingEvent>)newValue);
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
			case VivariumPackage.ANIMAL__ID:
				setId(ID_EDEFAULT);
				return;
			case VivariumPackage.ANIMAL__EAR_TAG:
				setEarTag(EAR_TAG_EDEFAULT);
				return;
			case VivariumPackage.ANIMAL__BLIND_CODE:
				setBlindCode(BLIND_CODE_EDEFAULT);
				return;
			case VivariumPackage.ANIMAL__SEX:
				setSex(SEX_EDEFAULT);
				return;
			case VivariumPackage.ANIMAL__DATE_OF_BIRTH:
				setDateOfBirth(DATE_OF_BIRTH_EDEFAULT);
				return;
			case VivariumPackage.ANIMAL__GENOTYPE:
				setGenotype(GENOTYPE_EDEFAULT);
				return;
			case VivariumPackage.ANIMAL__CAGE:
				setCage((Cage)null);
				return;
			case VivariumPackage.ANIMAL__ARM:
				setArm((TreatmentArm)null);
				return;
			case VivariumPackage.ANIMAL__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case VivariumPackage.ANIMAL__STATUS_DATE:
				setStatusDate(STATUS_DATE_EDEFAULT);
				return;
			case VivariumPackage.ANIMAL__STATUS_REASON:
				setStatusReason(STATUS_REASON_EDEFAULT);
				return;
			case VivariumPackage.ANIMAL__BODY_WEIGHTS:
				getBodyWeights().clear();
				return;
			case VivariumPackage.ANIMAL__DOSING_EVENTS:
				getDosingEvents().clear();
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
			case VivariumPackage.ANIMAL__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case VivariumPackage.ANIMAL__EAR_TAG:
				return EAR_TAG_EDEFAULT == null ? earTag != null : !EAR_TAG_EDEFAULT.equals(earTag);
			case VivariumPackage.ANIMAL__BLIND_CODE:
				return BLIND_CODE_EDEFAULT == null ? blindCode != null : !BLIND_CODE_EDEFAULT.equals(blindCode);
			case VivariumPackage.ANIMAL__SEX:
				return sex != SEX_EDEFAULT;
			case VivariumPackage.ANIMAL__DATE_OF_BIRTH:
				return DATE_OF_BIRTH_EDEFAULT == null ? dateOfBirth != null : !DATE_OF_BIRTH_EDEFAULT.equals(dateOfBirth);
			case VivariumPackage.ANIMAL__GENOTYPE:
				return GENOTYPE_EDEFAULT == null ? genotype != null : !GENOTYPE_EDEFAULT.equals(genotype);
			case VivariumPackage.ANIMAL__CAGE:
				return cage != null;
			case VivariumPackage.ANIMAL__ARM:
				return arm != null;
			case VivariumPackage.ANIMAL__STATUS:
				return status != STATUS_EDEFAULT;
			case VivariumPackage.ANIMAL__STATUS_DATE:
				return STATUS_DATE_EDEFAULT == null ? statusDate != null : !STATUS_DATE_EDEFAULT.equals(statusDate);
			case VivariumPackage.ANIMAL__STATUS_REASON:
				return STATUS_REASON_EDEFAULT == null ? statusReason != null : !STATUS_REASON_EDEFAULT.equals(statusReason);
			case VivariumPackage.ANIMAL__BODY_WEIGHTS:
				return bodyWeights != null && !bodyWeights.isEmpty();
			case VivariumPackage.ANIMAL__DOSING_EVENTS:
				return dosingEvents != null && !dosingEvents.isEmpty();
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
		result.append(", earTag: ");
		result.append(earTag);
		result.append(", blindCode: ");
		result.append(blindCode);
		result.append(", sex: ");
		result.append(sex);
		result.append(", dateOfBirth: ");
		result.append(dateOfBirth);
		result.append(", genotype: ");
		result.append(genotype);
		result.append(", status: ");
		result.append(status);
		result.append(", statusDate: ");
		result.append(statusDate);
		result.append(", statusReason: ");
		result.append(statusReason);
		result.append(')');
		return result.toString();
	}

} //AnimalImpl
