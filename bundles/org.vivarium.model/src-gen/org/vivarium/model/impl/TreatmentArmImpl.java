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

import org.vivarium.model.DoseRegimen;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Treatment Arm</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.impl.TreatmentArmImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.vivarium.model.impl.TreatmentArmImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.vivarium.model.impl.TreatmentArmImpl#getBlindedCode <em>Blinded Code</em>}</li>
 *   <li>{@link org.vivarium.model.impl.TreatmentArmImpl#isControl <em>Control</em>}</li>
 *   <li>{@link org.vivarium.model.impl.TreatmentArmImpl#getPlannedN <em>Planned N</em>}</li>
 *   <li>{@link org.vivarium.model.impl.TreatmentArmImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vivarium.model.impl.TreatmentArmImpl#getRegimens <em>Regimens</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TreatmentArmImpl extends MinimalEObjectImpl.Container implements TreatmentArm {
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
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

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
	 * The default value of the '{@link #isControl() <em>Control</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isControl()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONTROL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isControl() <em>Control</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isControl()
	 * @generated
	 * @ordered
	 */
	protected boolean control = CONTROL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedN() <em>Planned N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedN()
	 * @generated
	 * @ordered
	 */
	protected static final int PLANNED_N_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPlannedN() <em>Planned N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedN()
	 * @generated
	 * @ordered
	 */
	protected int plannedN = PLANNED_N_EDEFAULT;

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
	 * The cached value of the '{@link #getRegimens() <em>Regimens</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegimens()
	 * @generated
	 * @ordered
	 */
	protected EList<DoseRegimen> regimens;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TreatmentArmImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VivariumPackage.Literals.TREATMENT_ARM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.TREATMENT_ARM__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.TREATMENT_ARM__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.TREATMENT_ARM__BLINDED_CODE, oldBlindedCode, blindedCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isControl() {
		return control;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControl(boolean newControl) {
		boolean oldControl = control;
		control = newControl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.TREATMENT_ARM__CONTROL, oldControl, control));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPlannedN() {
		return plannedN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedN(int newPlannedN) {
		int oldPlannedN = plannedN;
		plannedN = newPlannedN;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.TREATMENT_ARM__PLANNED_N, oldPlannedN, plannedN));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.TREATMENT_ARM__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DoseRegimen> getRegimens() {
		if (regimens == null) {
			regimens = new EObjectContainmentEList<DoseRegimen>(DoseRegimen.class, this, VivariumPackage.TREATMENT_ARM__REGIMENS);
		}
		return regimens;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VivariumPackage.TREATMENT_ARM__REGIMENS:
				return ((InternalEList<?>)getRegimens()).basicRemove(otherEnd, msgs);
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
			case VivariumPackage.TREATMENT_ARM__CODE:
				return getCode();
			case VivariumPackage.TREATMENT_ARM__LABEL:
				return getLabel();
			case VivariumPackage.TREATMENT_ARM__BLINDED_CODE:
				return getBlindedCode();
			case VivariumPackage.TREATMENT_ARM__CONTROL:
				return isControl();
			case VivariumPackage.TREATMENT_ARM__PLANNED_N:
				return getPlannedN();
			case VivariumPackage.TREATMENT_ARM__DESCRIPTION:
				return getDescription();
			case VivariumPackage.TREATMENT_ARM__REGIMENS:
				return getRegimens();
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
			case VivariumPackage.TREATMENT_ARM__CODE:
				setCode((String)newValue);
				return;
			case VivariumPackage.TREATMENT_ARM__LABEL:
				setLabel((String)newValue);
				return;
			case VivariumPackage.TREATMENT_ARM__BLINDED_CODE:
				setBlindedCode((String)newValue);
				return;
			case VivariumPackage.TREATMENT_ARM__CONTROL:
				setControl((Boolean)newValue);
				return;
			case VivariumPackage.TREATMENT_ARM__PLANNED_N:
				setPlannedN((Integer)newValue);
				return;
			case VivariumPackage.TREATMENT_ARM__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case VivariumPackage.TREATMENT_ARM__REGIMENS:
				getRegimens().clear();
				getRegimens().addAll((Collection<? extends DoseRegimen>)newValue);
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
			case VivariumPackage.TREATMENT_ARM__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case VivariumPackage.TREATMENT_ARM__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case VivariumPackage.TREATMENT_ARM__BLINDED_CODE:
				setBlindedCode(BLINDED_CODE_EDEFAULT);
				return;
			case VivariumPackage.TREATMENT_ARM__CONTROL:
				setControl(CONTROL_EDEFAULT);
				return;
			case VivariumPackage.TREATMENT_ARM__PLANNED_N:
				setPlannedN(PLANNED_N_EDEFAULT);
				return;
			case VivariumPackage.TREATMENT_ARM__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case VivariumPackage.TREATMENT_ARM__REGIMENS:
				getRegimens().clear();
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
			case VivariumPackage.TREATMENT_ARM__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case VivariumPackage.TREATMENT_ARM__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case VivariumPackage.TREATMENT_ARM__BLINDED_CODE:
				return BLINDED_CODE_EDEFAULT == null ? blindedCode != null : !BLINDED_CODE_EDEFAULT.equals(blindedCode);
			case VivariumPackage.TREATMENT_ARM__CONTROL:
				return control != CONTROL_EDEFAULT;
			case VivariumPackage.TREATMENT_ARM__PLANNED_N:
				return plannedN != PLANNED_N_EDEFAULT;
			case VivariumPackage.TREATMENT_ARM__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case VivariumPackage.TREATMENT_ARM__REGIMENS:
				return regimens != null && !regimens.isEmpty();
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
		result.append(", label: ");
		result.append(label);
		result.append(", blindedCode: ");
		result.append(blindedCode);
		result.append(", control: ");
		result.append(control);
		result.append(", plannedN: ");
		result.append(plannedN);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //TreatmentArmImpl
