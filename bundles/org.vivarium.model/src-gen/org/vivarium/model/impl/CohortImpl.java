/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model.impl;

import java.time.LocalDate;
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
import org.eclipse.emf.ecore.util.InternalEList;

import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.VivariumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cohort</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.impl.CohortImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CohortImpl#getStrain <em>Strain</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CohortImpl#getSex <em>Sex</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CohortImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CohortImpl#getArrivalDate <em>Arrival Date</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CohortImpl#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CohortImpl#getTimepointHours <em>Timepoint Hours</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CohortImpl#getAnchorDoseTime <em>Anchor Dose Time</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CohortImpl#getCages <em>Cages</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CohortImpl#getAnimals <em>Animals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CohortImpl extends MinimalEObjectImpl.Container implements Cohort {
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
	 * The default value of the '{@link #getStrain() <em>Strain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrain()
	 * @generated
	 * @ordered
	 */
	protected static final String STRAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStrain() <em>Strain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrain()
	 * @generated
	 * @ordered
	 */
	protected String strain = STRAIN_EDEFAULT;

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
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getArrivalDate() <em>Arrival Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArrivalDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ARRIVAL_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArrivalDate() <em>Arrival Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArrivalDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate arrivalDate = ARRIVAL_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BIRTH_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate birthDate = BIRTH_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimepointHours() <em>Timepoint Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimepointHours()
	 * @generated
	 * @ordered
	 */
	protected static final Double TIMEPOINT_HOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimepointHours() <em>Timepoint Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimepointHours()
	 * @generated
	 * @ordered
	 */
	protected Double timepointHours = TIMEPOINT_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnchorDoseTime() <em>Anchor Dose Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchorDoseTime()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime ANCHOR_DOSE_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnchorDoseTime() <em>Anchor Dose Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchorDoseTime()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime anchorDoseTime = ANCHOR_DOSE_TIME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCages() <em>Cages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCages()
	 * @generated
	 * @ordered
	 */
	protected EList<Cage> cages;

	/**
	 * The cached value of the '{@link #getAnimals() <em>Animals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnimals()
	 * @generated
	 * @ordered
	 */
	protected EList<Animal> animals;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CohortImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VivariumPackage.Literals.COHORT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COHORT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStrain() {
		return strain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrain(String newStrain) {
		String oldStrain = strain;
		strain = newStrain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COHORT__STRAIN, oldStrain, strain));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COHORT__SEX, oldSex, sex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor) {
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COHORT__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getArrivalDate() {
		return arrivalDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArrivalDate(LocalDate newArrivalDate) {
		LocalDate oldArrivalDate = arrivalDate;
		arrivalDate = newArrivalDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COHORT__ARRIVAL_DATE, oldArrivalDate, arrivalDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBirthDate() {
		return birthDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthDate(LocalDate newBirthDate) {
		LocalDate oldBirthDate = birthDate;
		birthDate = newBirthDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COHORT__BIRTH_DATE, oldBirthDate, birthDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getTimepointHours() {
		return timepointHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimepointHours(Double newTimepointHours) {
		Double oldTimepointHours = timepointHours;
		timepointHours = newTimepointHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COHORT__TIMEPOINT_HOURS, oldTimepointHours, timepointHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getAnchorDoseTime() {
		return anchorDoseTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnchorDoseTime(LocalDateTime newAnchorDoseTime) {
		LocalDateTime oldAnchorDoseTime = anchorDoseTime;
		anchorDoseTime = newAnchorDoseTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COHORT__ANCHOR_DOSE_TIME, oldAnchorDoseTime, anchorDoseTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cage> getCages() {
		if (cages == null) {
			cages = new EObjectContainmentEList<Cage>(Cage.class, this, VivariumPackage.COHORT__CAGES);
		}
		return cages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Animal> getAnimals() {
		if (animals == null) {
			animals = new EObjectContainmentEList<Animal>(Animal.class, this, VivariumPackage.COHORT__ANIMALS);
		}
		return animals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VivariumPackage.COHORT__CAGES:
				return ((InternalEList<?>)getCages()).basicRemove(otherEnd, msgs);
			case VivariumPackage.COHORT__ANIMALS:
				return ((InternalEList<?>)getAnimals()).basicRemove(otherEnd, msgs);
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
			case VivariumPackage.COHORT__NAME:
				return getName();
			case VivariumPackage.COHORT__STRAIN:
				return getStrain();
			case VivariumPackage.COHORT__SEX:
				return getSex();
			case VivariumPackage.COHORT__VENDOR:
				return getVendor();
			case VivariumPackage.COHORT__ARRIVAL_DATE:
				return getArrivalDate();
			case VivariumPackage.COHORT__BIRTH_DATE:
				return getBirthDate();
			case VivariumPackage.COHORT__TIMEPOINT_HOURS:
				return getTimepointHours();
			case VivariumPackage.COHORT__ANCHOR_DOSE_TIME:
				return getAnchorDoseTime();
			case VivariumPackage.COHORT__CAGES:
				return getCages();
			case VivariumPackage.COHORT__ANIMALS:
				return getAnimals();
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
			case VivariumPackage.COHORT__NAME:
				setName((String)newValue);
				return;
			case VivariumPackage.COHORT__STRAIN:
				setStrain((String)newValue);
				return;
			case VivariumPackage.COHORT__SEX:
				setSex((Sex)newValue);
				return;
			case VivariumPackage.COHORT__VENDOR:
				setVendor((String)newValue);
				return;
			case VivariumPackage.COHORT__ARRIVAL_DATE:
				setArrivalDate((LocalDate)newValue);
				return;
			case VivariumPackage.COHORT__BIRTH_DATE:
				setBirthDate((LocalDate)newValue);
				return;
			case VivariumPackage.COHORT__TIMEPOINT_HOURS:
				setTimepointHours((Double)newValue);
				return;
			case VivariumPackage.COHORT__ANCHOR_DOSE_TIME:
				setAnchorDoseTime((LocalDateTime)newValue);
				return;
			case VivariumPackage.COHORT__CAGES:
				getCages().clear();
				getCages().addAll((Collection<? extends Cage>)newValue);
				return;
			case VivariumPackage.COHORT__ANIMALS:
				getAnimals().clear();
				getAnimals().addAll((Collection<? extends Animal>)newValue);
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
			case VivariumPackage.COHORT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case VivariumPackage.COHORT__STRAIN:
				setStrain(STRAIN_EDEFAULT);
				return;
			case VivariumPackage.COHORT__SEX:
				setSex(SEX_EDEFAULT);
				return;
			case VivariumPackage.COHORT__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case VivariumPackage.COHORT__ARRIVAL_DATE:
				setArrivalDate(ARRIVAL_DATE_EDEFAULT);
				return;
			case VivariumPackage.COHORT__BIRTH_DATE:
				setBirthDate(BIRTH_DATE_EDEFAULT);
				return;
			case VivariumPackage.COHORT__TIMEPOINT_HOURS:
				setTimepointHours(TIMEPOINT_HOURS_EDEFAULT);
				return;
			case VivariumPackage.COHORT__ANCHOR_DOSE_TIME:
				setAnchorDoseTime(ANCHOR_DOSE_TIME_EDEFAULT);
				return;
			case VivariumPackage.COHORT__CAGES:
				getCages().clear();
				return;
			case VivariumPackage.COHORT__ANIMALS:
				getAnimals().clear();
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
			case VivariumPackage.COHORT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case VivariumPackage.COHORT__STRAIN:
				return STRAIN_EDEFAULT == null ? strain != null : !STRAIN_EDEFAULT.equals(strain);
			case VivariumPackage.COHORT__SEX:
				return sex != SEX_EDEFAULT;
			case VivariumPackage.COHORT__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case VivariumPackage.COHORT__ARRIVAL_DATE:
				return ARRIVAL_DATE_EDEFAULT == null ? arrivalDate != null : !ARRIVAL_DATE_EDEFAULT.equals(arrivalDate);
			case VivariumPackage.COHORT__BIRTH_DATE:
				return BIRTH_DATE_EDEFAULT == null ? birthDate != null : !BIRTH_DATE_EDEFAULT.equals(birthDate);
			case VivariumPackage.COHORT__TIMEPOINT_HOURS:
				return TIMEPOINT_HOURS_EDEFAULT == null ? timepointHours != null : !TIMEPOINT_HOURS_EDEFAULT.equals(timepointHours);
			case VivariumPackage.COHORT__ANCHOR_DOSE_TIME:
				return ANCHOR_DOSE_TIME_EDEFAULT == null ? anchorDoseTime != null : !ANCHOR_DOSE_TIME_EDEFAULT.equals(anchorDoseTime);
			case VivariumPackage.COHORT__CAGES:
				return cages != null && !cages.isEmpty();
			case VivariumPackage.COHORT__ANIMALS:
				return animals != null && !animals.isEmpty();
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
		result.append(", strain: ");
		result.append(strain);
		result.append(", sex: ");
		result.append(sex);
		result.append(", vendor: ");
		result.append(vendor);
		result.append(", arrivalDate: ");
		result.append(arrivalDate);
		result.append(", birthDate: ");
		result.append(birthDate);
		result.append(", timepointHours: ");
		result.append(timepointHours);
		result.append(", anchorDoseTime: ");
		result.append(anchorDoseTime);
		result.append(')');
		return result.toString();
	}

} //CohortImpl
