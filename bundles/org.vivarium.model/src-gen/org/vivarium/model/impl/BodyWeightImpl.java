/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model.impl;

import java.time.LocalDateTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.VivariumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Body Weight</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.impl.BodyWeightImpl#getMeasuredAt <em>Measured At</em>}</li>
 *   <li>{@link org.vivarium.model.impl.BodyWeightImpl#getWeightGrams <em>Weight Grams</em>}</li>
 *   <li>{@link org.vivarium.model.impl.BodyWeightImpl#getOperator <em>Operator</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BodyWeightImpl extends MinimalEObjectImpl.Container implements BodyWeight {
	/**
	 * The default value of the '{@link #getMeasuredAt() <em>Measured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredAt()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime MEASURED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasuredAt() <em>Measured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasuredAt()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime measuredAt = MEASURED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightGrams() <em>Weight Grams</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightGrams()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_GRAMS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeightGrams() <em>Weight Grams</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightGrams()
	 * @generated
	 * @ordered
	 */
	protected double weightGrams = WEIGHT_GRAMS_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BodyWeightImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VivariumPackage.Literals.BODY_WEIGHT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getMeasuredAt() {
		return measuredAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasuredAt(LocalDateTime newMeasuredAt) {
		LocalDateTime oldMeasuredAt = measuredAt;
		measuredAt = newMeasuredAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.BODY_WEIGHT__MEASURED_AT, oldMeasuredAt, measuredAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeightGrams() {
		return weightGrams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightGrams(double newWeightGrams) {
		double oldWeightGrams = weightGrams;
		weightGrams = newWeightGrams;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.BODY_WEIGHT__WEIGHT_GRAMS, oldWeightGrams, weightGrams));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.BODY_WEIGHT__OPERATOR, oldOperator, operator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VivariumPackage.BODY_WEIGHT__MEASURED_AT:
				return getMeasuredAt();
			case VivariumPackage.BODY_WEIGHT__WEIGHT_GRAMS:
				return getWeightGrams();
			case VivariumPackage.BODY_WEIGHT__OPERATOR:
				return getOperator();
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
			case VivariumPackage.BODY_WEIGHT__MEASURED_AT:
				setMeasuredAt((LocalDateTime)newValue);
				return;
			case VivariumPackage.BODY_WEIGHT__WEIGHT_GRAMS:
				setWeightGrams((Double)newValue);
				return;
			case VivariumPackage.BODY_WEIGHT__OPERATOR:
				setOperator((String)newValue);
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
			case VivariumPackage.BODY_WEIGHT__MEASURED_AT:
				setMeasuredAt(MEASURED_AT_EDEFAULT);
				return;
			case VivariumPackage.BODY_WEIGHT__WEIGHT_GRAMS:
				setWeightGrams(WEIGHT_GRAMS_EDEFAULT);
				return;
			case VivariumPackage.BODY_WEIGHT__OPERATOR:
				setOperator(OPERATOR_EDEFAULT);
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
			case VivariumPackage.BODY_WEIGHT__MEASURED_AT:
				return MEASURED_AT_EDEFAULT == null ? measuredAt != null : !MEASURED_AT_EDEFAULT.equals(measuredAt);
			case VivariumPackage.BODY_WEIGHT__WEIGHT_GRAMS:
				return weightGrams != WEIGHT_GRAMS_EDEFAULT;
			case VivariumPackage.BODY_WEIGHT__OPERATOR:
				return OPERATOR_EDEFAULT == null ? operator != null : !OPERATOR_EDEFAULT.equals(operator);
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
		result.append(" (measuredAt: ");
		result.append(measuredAt);
		result.append(", weightGrams: ");
		result.append(weightGrams);
		result.append(", operator: ");
		result.append(operator);
		result.append(')');
		return result.toString();
	}

} //BodyWeightImpl
