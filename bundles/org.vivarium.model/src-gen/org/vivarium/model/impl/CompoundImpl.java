/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.vivarium.model.Compound;
import org.vivarium.model.VivariumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Compound</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.impl.CompoundImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CompoundImpl#isPlacebo <em>Placebo</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CompoundImpl#isControlledSubstance <em>Controlled Substance</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CompoundImpl#getStockConcentrationMgPerMl <em>Stock Concentration Mg Per Ml</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CompoundImpl#getVehicle <em>Vehicle</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CompoundImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CompoundImpl#getBlindedCode <em>Blinded Code</em>}</li>
 *   <li>{@link org.vivarium.model.impl.CompoundImpl#getCumulativeLimitMgPerKg <em>Cumulative Limit Mg Per Kg</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CompoundImpl extends MinimalEObjectImpl.Container implements Compound {
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
	 * The default value of the '{@link #isPlacebo() <em>Placebo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPlacebo()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PLACEBO_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPlacebo() <em>Placebo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPlacebo()
	 * @generated
	 * @ordered
	 */
	protected boolean placebo = PLACEBO_EDEFAULT;

	/**
	 * The default value of the '{@link #isControlledSubstance() <em>Controlled Substance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isControlledSubstance()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONTROLLED_SUBSTANCE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isControlledSubstance() <em>Controlled Substance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isControlledSubstance()
	 * @generated
	 * @ordered
	 */
	protected boolean controlledSubstance = CONTROLLED_SUBSTANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStockConcentrationMgPerMl() <em>Stock Concentration Mg Per Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStockConcentrationMgPerMl()
	 * @generated
	 * @ordered
	 */
	protected static final double STOCK_CONCENTRATION_MG_PER_ML_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getStockConcentrationMgPerMl() <em>Stock Concentration Mg Per Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStockConcentrationMgPerMl()
	 * @generated
	 * @ordered
	 */
	protected double stockConcentrationMgPerMl = STOCK_CONCENTRATION_MG_PER_ML_EDEFAULT;

	/**
	 * The default value of the '{@link #getVehicle() <em>Vehicle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVehicle()
	 * @generated
	 * @ordered
	 */
	protected static final String VEHICLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVehicle() <em>Vehicle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVehicle()
	 * @generated
	 * @ordered
	 */
	protected String vehicle = VEHICLE_EDEFAULT;

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
	 * The default value of the '{@link #getBlindedCode() <em>Blinded Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlindedCode()
	 * @generated
	 * @ordered
	 */
	protected static final String BLINDED_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBlindedCode() <em>Blinded Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlindedCode()
	 * @generated
	 * @ordered
	 */
	protected String blindedCode = BLINDED_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCumulativeLimitMgPerKg() <em>Cumulative Limit Mg Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCumulativeLimitMgPerKg()
	 * @generated
	 * @ordered
	 */
	protected static final double CUMULATIVE_LIMIT_MG_PER_KG_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCumulativeLimitMgPerKg() <em>Cumulative Limit Mg Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCumulativeLimitMgPerKg()
	 * @generated
	 * @ordered
	 */
	protected double cumulativeLimitMgPerKg = CUMULATIVE_LIMIT_MG_PER_KG_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompoundImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VivariumPackage.Literals.COMPOUND;
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
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COMPOUND__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPlacebo() {
		return placebo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlacebo(boolean newPlacebo) {
		boolean oldPlacebo = placebo;
		placebo = newPlacebo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COMPOUND__PLACEBO, oldPlacebo, placebo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isControlledSubstance() {
		return controlledSubstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControlledSubstance(boolean newControlledSubstance) {
		boolean oldControlledSubstance = controlledSubstance;
		controlledSubstance = newControlledSubstance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COMPOUND__CONTROLLED_SUBSTANCE, oldControlledSubstance, controlledSubstance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStockConcentrationMgPerMl() {
		return stockConcentrationMgPerMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStockConcentrationMgPerMl(double newStockConcentrationMgPerMl) {
		double oldStockConcentrationMgPerMl = stockConcentrationMgPerMl;
		stockConcentrationMgPerMl = newStockConcentrationMgPerMl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COMPOUND__STOCK_CONCENTRATION_MG_PER_ML, oldStockConcentrationMgPerMl, stockConcentrationMgPerMl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVehicle() {
		return vehicle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVehicle(String newVehicle) {
		String oldVehicle = vehicle;
		vehicle = newVehicle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COMPOUND__VEHICLE, oldVehicle, vehicle));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COMPOUND__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBlindedCode() {
		return blindedCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlindedCode(String newBlindedCode) {
		String oldBlindedCode = blindedCode;
		blindedCode = newBlindedCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COMPOUND__BLINDED_CODE, oldBlindedCode, blindedCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCumulativeLimitMgPerKg() {
		return cumulativeLimitMgPerKg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCumulativeLimitMgPerKg(double newCumulativeLimitMgPerKg) {
		double oldCumulativeLimitMgPerKg = cumulativeLimitMgPerKg;
		cumulativeLimitMgPerKg = newCumulativeLimitMgPerKg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.COMPOUND__CUMULATIVE_LIMIT_MG_PER_KG, oldCumulativeLimitMgPerKg, cumulativeLimitMgPerKg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VivariumPackage.COMPOUND__NAME:
				return getName();
			case VivariumPackage.COMPOUND__PLACEBO:
				return isPlacebo();
			case VivariumPackage.COMPOUND__CONTROLLED_SUBSTANCE:
				return isControlledSubstance();
			case VivariumPackage.COMPOUND__STOCK_CONCENTRATION_MG_PER_ML:
				return getStockConcentrationMgPerMl();
			case VivariumPackage.COMPOUND__VEHICLE:
				return getVehicle();
			case VivariumPackage.COMPOUND__DESCRIPTION:
				return getDescription();
			case VivariumPackage.COMPOUND__BLINDED_CODE:
				return getBlindedCode();
			case VivariumPackage.COMPOUND__CUMULATIVE_LIMIT_MG_PER_KG:
				return getCumulativeLimitMgPerKg();
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
			case VivariumPackage.COMPOUND__NAME:
				setName((String)newValue);
				return;
			case VivariumPackage.COMPOUND__PLACEBO:
				setPlacebo((Boolean)newValue);
				return;
			case VivariumPackage.COMPOUND__CONTROLLED_SUBSTANCE:
				setControlledSubstance((Boolean)newValue);
				return;
			case VivariumPackage.COMPOUND__STOCK_CONCENTRATION_MG_PER_ML:
				setStockConcentrationMgPerMl((Double)newValue);
				return;
			case VivariumPackage.COMPOUND__VEHICLE:
				setVehicle((String)newValue);
				return;
			case VivariumPackage.COMPOUND__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case VivariumPackage.COMPOUND__BLINDED_CODE:
				setBlindedCode((String)newValue);
				return;
			case VivariumPackage.COMPOUND__CUMULATIVE_LIMIT_MG_PER_KG:
				setCumulativeLimitMgPerKg((Double)newValue);
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
			case VivariumPackage.COMPOUND__NAME:
				setName(NAME_EDEFAULT);
				return;
			case VivariumPackage.COMPOUND__PLACEBO:
				setPlacebo(PLACEBO_EDEFAULT);
				return;
			case VivariumPackage.COMPOUND__CONTROLLED_SUBSTANCE:
				setControlledSubstance(CONTROLLED_SUBSTANCE_EDEFAULT);
				return;
			case VivariumPackage.COMPOUND__STOCK_CONCENTRATION_MG_PER_ML:
				setStockConcentrationMgPerMl(STOCK_CONCENTRATION_MG_PER_ML_EDEFAULT);
				return;
			case VivariumPackage.COMPOUND__VEHICLE:
				setVehicle(VEHICLE_EDEFAULT);
				return;
			case VivariumPackage.COMPOUND__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case VivariumPackage.COMPOUND__BLINDED_CODE:
				setBlindedCode(BLINDED_CODE_EDEFAULT);
				return;
			case VivariumPackage.COMPOUND__CUMULATIVE_LIMIT_MG_PER_KG:
				setCumulativeLimitMgPerKg(CUMULATIVE_LIMIT_MG_PER_KG_EDEFAULT);
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
			case VivariumPackage.COMPOUND__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case VivariumPackage.COMPOUND__PLACEBO:
				return placebo != PLACEBO_EDEFAULT;
			case VivariumPackage.COMPOUND__CONTROLLED_SUBSTANCE:
				return controlledSubstance != CONTROLLED_SUBSTANCE_EDEFAULT;
			case VivariumPackage.COMPOUND__STOCK_CONCENTRATION_MG_PER_ML:
				return stockConcentrationMgPerMl != STOCK_CONCENTRATION_MG_PER_ML_EDEFAULT;
			case VivariumPackage.COMPOUND__VEHICLE:
				return VEHICLE_EDEFAULT == null ? vehicle != null : !VEHICLE_EDEFAULT.equals(vehicle);
			case VivariumPackage.COMPOUND__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case VivariumPackage.COMPOUND__BLINDED_CODE:
				return BLINDED_CODE_EDEFAULT == null ? blindedCode != null : !BLINDED_CODE_EDEFAULT.equals(blindedCode);
			case VivariumPackage.COMPOUND__CUMULATIVE_LIMIT_MG_PER_KG:
				return cumulativeLimitMgPerKg != CUMULATIVE_LIMIT_MG_PER_KG_EDEFAULT;
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
		result.append(", placebo: ");
		result.append(placebo);
		result.append(", controlledSubstance: ");
		result.append(controlledSubstance);
		result.append(", stockConcentrationMgPerMl: ");
		result.append(stockConcentrationMgPerMl);
		result.append(", vehicle: ");
		result.append(vehicle);
		result.append(", description: ");
		result.append(description);
		result.append(", blindedCode: ");
		result.append(blindedCode);
		result.append(", cumulativeLimitMgPerKg: ");
		result.append(cumulativeLimitMgPerKg);
		result.append(')');
		return result.toString();
	}

} //CompoundImpl
