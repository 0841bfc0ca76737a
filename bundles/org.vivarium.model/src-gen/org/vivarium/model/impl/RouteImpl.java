/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.vivarium.model.Route;
import org.vivarium.model.VivariumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Route</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.impl.RouteImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.vivarium.model.impl.RouteImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vivarium.model.impl.RouteImpl#getMaxVolumeMlPerKg <em>Max Volume Ml Per Kg</em>}</li>
 *   <li>{@link org.vivarium.model.impl.RouteImpl#getTypicalVolumeMlPerKg <em>Typical Volume Ml Per Kg</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RouteImpl extends MinimalEObjectImpl.Container implements Route {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getMaxVolumeMlPerKg() <em>Max Volume Ml Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxVolumeMlPerKg()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_VOLUME_ML_PER_KG_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaxVolumeMlPerKg() <em>Max Volume Ml Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxVolumeMlPerKg()
	 * @generated
	 * @ordered
	 */
	protected double maxVolumeMlPerKg = MAX_VOLUME_ML_PER_KG_EDEFAULT;

	/**
	 * The default value of the '{@link #getTypicalVolumeMlPerKg() <em>Typical Volume Ml Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypicalVolumeMlPerKg()
	 * @generated
	 * @ordered
	 */
	protected static final double TYPICAL_VOLUME_ML_PER_KG_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTypicalVolumeMlPerKg() <em>Typical Volume Ml Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypicalVolumeMlPerKg()
	 * @generated
	 * @ordered
	 */
	protected double typicalVolumeMlPerKg = TYPICAL_VOLUME_ML_PER_KG_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RouteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VivariumPackage.Literals.ROUTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ROUTE__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ROUTE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxVolumeMlPerKg() {
		return maxVolumeMlPerKg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxVolumeMlPerKg(double newMaxVolumeMlPerKg) {
		double oldMaxVolumeMlPerKg = maxVolumeMlPerKg;
		maxVolumeMlPerKg = newMaxVolumeMlPerKg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ROUTE__MAX_VOLUME_ML_PER_KG, oldMaxVolumeMlPerKg, maxVolumeMlPerKg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTypicalVolumeMlPerKg() {
		return typicalVolumeMlPerKg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTypicalVolumeMlPerKg(double newTypicalVolumeMlPerKg) {
		double oldTypicalVolumeMlPerKg = typicalVolumeMlPerKg;
		typicalVolumeMlPerKg = newTypicalVolumeMlPerKg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ROUTE__TYPICAL_VOLUME_ML_PER_KG, oldTypicalVolumeMlPerKg, typicalVolumeMlPerKg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VivariumPackage.ROUTE__CODE:
				return getCode();
			case VivariumPackage.ROUTE__NAME:
				return getName();
			case VivariumPackage.ROUTE__MAX_VOLUME_ML_PER_KG:
				return getMaxVolumeMlPerKg();
			case VivariumPackage.ROUTE__TYPICAL_VOLUME_ML_PER_KG:
				return getTypicalVolumeMlPerKg();
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
			case VivariumPackage.ROUTE__CODE:
				setCode((String)newValue);
				return;
			case VivariumPackage.ROUTE__NAME:
				setName((String)newValue);
				return;
			case VivariumPackage.ROUTE__MAX_VOLUME_ML_PER_KG:
				setMaxVolumeMlPerKg((Double)newValue);
				return;
			case VivariumPackage.ROUTE__TYPICAL_VOLUME_ML_PER_KG:
				setTypicalVolumeMlPerKg((Double)newValue);
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
			case VivariumPackage.ROUTE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case VivariumPackage.ROUTE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case VivariumPackage.ROUTE__MAX_VOLUME_ML_PER_KG:
				setMaxVolumeMlPerKg(MAX_VOLUME_ML_PER_KG_EDEFAULT);
				return;
			case VivariumPackage.ROUTE__TYPICAL_VOLUME_ML_PER_KG:
				setTypicalVolumeMlPerKg(TYPICAL_VOLUME_ML_PER_KG_EDEFAULT);
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
			case VivariumPackage.ROUTE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case VivariumPackage.ROUTE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case VivariumPackage.ROUTE__MAX_VOLUME_ML_PER_KG:
				return maxVolumeMlPerKg != MAX_VOLUME_ML_PER_KG_EDEFAULT;
			case VivariumPackage.ROUTE__TYPICAL_VOLUME_ML_PER_KG:
				return typicalVolumeMlPerKg != TYPICAL_VOLUME_ML_PER_KG_EDEFAULT;
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
		result.append(" (code: ");
		result.append(code);
		result.append(", name: ");
		result.append(name);
		result.append(", maxVolumeMlPerKg: ");
		result.append(maxVolumeMlPerKg);
		result.append(", typicalVolumeMlPerKg: ");
		result.append(typicalVolumeMlPerKg);
		result.append(')');
		return result.toString();
	}

} //RouteImpl
