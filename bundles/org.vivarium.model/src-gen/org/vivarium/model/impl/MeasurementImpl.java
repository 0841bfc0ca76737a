/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.VivariumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Measurement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.impl.MeasurementImpl#getAnimal <em>Animal</em>}</li>
 *   <li>{@link org.vivarium.model.impl.MeasurementImpl#getCage <em>Cage</em>}</li>
 *   <li>{@link org.vivarium.model.impl.MeasurementImpl#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.vivarium.model.impl.MeasurementImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.vivarium.model.impl.MeasurementImpl#isCensored <em>Censored</em>}</li>
 *   <li>{@link org.vivarium.model.impl.MeasurementImpl#isExcluded <em>Excluded</em>}</li>
 *   <li>{@link org.vivarium.model.impl.MeasurementImpl#getExclusionReason <em>Exclusion Reason</em>}</li>
 *   <li>{@link org.vivarium.model.impl.MeasurementImpl#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasurementImpl extends MinimalEObjectImpl.Container implements Measurement {
	/**
	 * The cached value of the '{@link #getAnimal() <em>Animal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnimal()
	 * @generated
	 * @ordered
	 */
	protected Animal animal;

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
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected MeasureDefinition measure;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isCensored() <em>Censored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCensored()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CENSORED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCensored() <em>Censored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCensored()
	 * @generated
	 * @ordered
	 */
	protected boolean censored = CENSORED_EDEFAULT;

	/**
	 * The default value of the '{@link #isExcluded() <em>Excluded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcluded()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXCLUDED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExcluded() <em>Excluded</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcluded()
	 * @generated
	 * @ordered
	 */
	protected boolean excluded = EXCLUDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getExclusionReason() <em>Exclusion Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusionReason()
	 * @generated
	 * @ordered
	 */
	protected static final String EXCLUSION_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExclusionReason() <em>Exclusion Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusionReason()
	 * @generated
	 * @ordered
	 */
	protected String exclusionReason = EXCLUSION_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasurementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VivariumPackage.Literals.MEASUREMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Animal getAnimal() {
		if (animal != null && animal.eIsProxy()) {
			InternalEObject oldAnimal = (InternalEObject)animal;
			animal = (Animal)eResolveProxy(oldAnimal);
			if (animal != oldAnimal) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VivariumPackage.MEASUREMENT__ANIMAL, oldAnimal, animal));
			}
		}
		return animal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Animal basicGetAnimal() {
		return animal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnimal(Animal newAnimal) {
		Animal oldAnimal = animal;
		animal = newAnimal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.MEASUREMENT__ANIMAL, oldAnimal, animal));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VivariumPackage.MEASUREMENT__CAGE, oldCage, cage));
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
	@Override
	public void setCage(Cage newCage) {
		Cage oldCage = cage;
		cage = newCage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.MEASUREMENT__CAGE, oldCage, cage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureDefinition getMeasure() {
		if (measure != null && measure.eIsProxy()) {
			InternalEObject oldMeasure = (InternalEObject)measure;
			measure = (MeasureDefinition)eResolveProxy(oldMeasure);
			if (measure != oldMeasure) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VivariumPackage.MEASUREMENT__MEASURE, oldMeasure, measure));
			}
		}
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasureDefinition basicGetMeasure() {
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(MeasureDefinition newMeasure) {
		MeasureDefinition oldMeasure = measure;
		measure = newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.MEASUREMENT__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.MEASUREMENT__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCensored() {
		return censored;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCensored(boolean newCensored) {
		boolean oldCensored = censored;
		censored = newCensored;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.MEASUREMENT__CENSORED, oldCensored, censored));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExcluded() {
		return excluded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcluded(boolean newExcluded) {
		boolean oldExcluded = excluded;
		excluded = newExcluded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.MEASUREMENT__EXCLUDED, oldExcluded, excluded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExclusionReason() {
		return exclusionReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExclusionReason(String newExclusionReason) {
		String oldExclusionReason = exclusionReason;
		exclusionReason = newExclusionReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.MEASUREMENT__EXCLUSION_REASON, oldExclusionReason, exclusionReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.MEASUREMENT__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VivariumPackage.MEASUREMENT__ANIMAL:
				if (resolve) return getAnimal();
				return basicGetAnimal();
			case VivariumPackage.MEASUREMENT__CAGE:
				if (resolve) return getCage();
				return basicGetCage();
			case VivariumPackage.MEASUREMENT__MEASURE:
				if (resolve) return getMeasure();
				return basicGetMeasure();
			case VivariumPackage.MEASUREMENT__VALUE:
				return getValue();
			case VivariumPackage.MEASUREMENT__CENSORED:
				return isCensored();
			case VivariumPackage.MEASUREMENT__EXCLUDED:
				return isExcluded();
			case VivariumPackage.MEASUREMENT__EXCLUSION_REASON:
				return getExclusionReason();
			case VivariumPackage.MEASUREMENT__SOURCE:
				return getSource();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case VivariumPackage.MEASUREMENT__ANIMAL:
				setAnimal((Animal)newValue);
				return;
			case VivariumPackage.MEASUREMENT__CAGE:
				setCage((Cage)newValue);
				return;
			case VivariumPackage.MEASUREMENT__MEASURE:
				setMeasure((MeasureDefinition)newValue);
				return;
			case VivariumPackage.MEASUREMENT__VALUE:
				setValue((Double)newValue);
				return;
			case VivariumPackage.MEASUREMENT__CENSORED:
				setCensored((Boolean)newValue);
				return;
			case VivariumPackage.MEASUREMENT__EXCLUDED:
				setExcluded((Boolean)newValue);
				return;
			case VivariumPackage.MEASUREMENT__EXCLUSION_REASON:
				setExclusionReason((String)newValue);
				return;
			case VivariumPackage.MEASUREMENT__SOURCE:
				setSource((String)newValue);
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
			case VivariumPackage.MEASUREMENT__ANIMAL:
				setAnimal((Animal)null);
				return;
			case VivariumPackage.MEASUREMENT__CAGE:
				setCage((Cage)null);
				return;
			case VivariumPackage.MEASUREMENT__MEASURE:
				setMeasure((MeasureDefinition)null);
				return;
			case VivariumPackage.MEASUREMENT__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case VivariumPackage.MEASUREMENT__CENSORED:
				setCensored(CENSORED_EDEFAULT);
				return;
			case VivariumPackage.MEASUREMENT__EXCLUDED:
				setExcluded(EXCLUDED_EDEFAULT);
				return;
			case VivariumPackage.MEASUREMENT__EXCLUSION_REASON:
				setExclusionReason(EXCLUSION_REASON_EDEFAULT);
				return;
			case VivariumPackage.MEASUREMENT__SOURCE:
				setSource(SOURCE_EDEFAULT);
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
			case VivariumPackage.MEASUREMENT__ANIMAL:
				return animal != null;
			case VivariumPackage.MEASUREMENT__CAGE:
				return cage != null;
			case VivariumPackage.MEASUREMENT__MEASURE:
				return measure != null;
			case VivariumPackage.MEASUREMENT__VALUE:
				return value != VALUE_EDEFAULT;
			case VivariumPackage.MEASUREMENT__CENSORED:
				return censored != CENSORED_EDEFAULT;
			case VivariumPackage.MEASUREMENT__EXCLUDED:
				return excluded != EXCLUDED_EDEFAULT;
			case VivariumPackage.MEASUREMENT__EXCLUSION_REASON:
				return EXCLUSION_REASON_EDEFAULT == null ? exclusionReason != null : !EXCLUSION_REASON_EDEFAULT.equals(exclusionReason);
			case VivariumPackage.MEASUREMENT__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
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
		result.append(" (value: ");
		result.append(value);
		result.append(", censored: ");
		result.append(censored);
		result.append(", excluded: ");
		result.append(excluded);
		result.append(", exclusionReason: ");
		result.append(exclusionReason);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //MeasurementImpl
