/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.vivarium.model.AllocationEntry;
import org.vivarium.model.Animal;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Allocation Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.impl.AllocationEntryImpl#getAnimal <em>Animal</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AllocationEntryImpl#getArm <em>Arm</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AllocationEntryImpl#getStratum <em>Stratum</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AllocationEntryImpl#getBlock <em>Block</em>}</li>
 *   <li>{@link org.vivarium.model.impl.AllocationEntryImpl#getBlindCode <em>Blind Code</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AllocationEntryImpl extends MinimalEObjectImpl.Container implements AllocationEntry {
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
	 * The cached value of the '{@link #getArm() <em>Arm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArm()
	 * @generated
	 * @ordered
	 */
	protected TreatmentArm arm;

	/**
	 * The default value of the '{@link #getStratum() <em>Stratum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStratum()
	 * @generated
	 * @ordered
	 */
	protected static final String STRATUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStratum() <em>Stratum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStratum()
	 * @generated
	 * @ordered
	 */
	protected String stratum = STRATUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlock() <em>Block</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlock()
	 * @generated
	 * @ordered
	 */
	protected static final int BLOCK_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBlock() <em>Block</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlock()
	 * @generated
	 * @ordered
	 */
	protected int block = BLOCK_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AllocationEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VivariumPackage.Literals.ALLOCATION_ENTRY;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VivariumPackage.ALLOCATION_ENTRY__ANIMAL, oldAnimal, animal));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ALLOCATION_ENTRY__ANIMAL, oldAnimal, animal));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VivariumPackage.ALLOCATION_ENTRY__ARM, oldArm, arm));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ALLOCATION_ENTRY__ARM, oldArm, arm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStratum() {
		return stratum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStratum(String newStratum) {
		String oldStratum = stratum;
		stratum = newStratum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ALLOCATION_ENTRY__STRATUM, oldStratum, stratum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBlock() {
		return block;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlock(int newBlock) {
		int oldBlock = block;
		block = newBlock;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ALLOCATION_ENTRY__BLOCK, oldBlock, block));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.ALLOCATION_ENTRY__BLIND_CODE, oldBlindCode, blindCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VivariumPackage.ALLOCATION_ENTRY__ANIMAL:
				if (resolve) return getAnimal();
				return basicGetAnimal();
			case VivariumPackage.ALLOCATION_ENTRY__ARM:
				if (resolve) return getArm();
				return basicGetArm();
			case VivariumPackage.ALLOCATION_ENTRY__STRATUM:
				return getStratum();
			case VivariumPackage.ALLOCATION_ENTRY__BLOCK:
				return getBlock();
			case VivariumPackage.ALLOCATION_ENTRY__BLIND_CODE:
				return getBlindCode();
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
			case VivariumPackage.ALLOCATION_ENTRY__ANIMAL:
				setAnimal((Animal)newValue);
				return;
			case VivariumPackage.ALLOCATION_ENTRY__ARM:
				setArm((TreatmentArm)newValue);
				return;
			case VivariumPackage.ALLOCATION_ENTRY__STRATUM:
				setStratum((String)newValue);
				return;
			case VivariumPackage.ALLOCATION_ENTRY__BLOCK:
				setBlock((Integer)newValue);
				return;
			case VivariumPackage.ALLOCATION_ENTRY__BLIND_CODE:
				setBlindCode((String)newValue);
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
			case VivariumPackage.ALLOCATION_ENTRY__ANIMAL:
				setAnimal((Animal)null);
				return;
			case VivariumPackage.ALLOCATION_ENTRY__ARM:
				setArm((TreatmentArm)null);
				return;
			case VivariumPackage.ALLOCATION_ENTRY__STRATUM:
				setStratum(STRATUM_EDEFAULT);
				return;
			case VivariumPackage.ALLOCATION_ENTRY__BLOCK:
				setBlock(BLOCK_EDEFAULT);
				return;
			case VivariumPackage.ALLOCATION_ENTRY__BLIND_CODE:
				setBlindCode(BLIND_CODE_EDEFAULT);
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
			case VivariumPackage.ALLOCATION_ENTRY__ANIMAL:
				return animal != null;
			case VivariumPackage.ALLOCATION_ENTRY__ARM:
				return arm != null;
			case VivariumPackage.ALLOCATION_ENTRY__STRATUM:
				return STRATUM_EDEFAULT == null ? stratum != null : !STRATUM_EDEFAULT.equals(stratum);
			case VivariumPackage.ALLOCATION_ENTRY__BLOCK:
				return block != BLOCK_EDEFAULT;
			case VivariumPackage.ALLOCATION_ENTRY__BLIND_CODE:
				return BLIND_CODE_EDEFAULT == null ? blindCode != null : !BLIND_CODE_EDEFAULT.equals(blindCode);
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
		result.append(" (stratum: ");
		result.append(stratum);
		result.append(", block: ");
		result.append(block);
		result.append(", blindCode: ");
		result.append(blindCode);
		result.append(')');
		return result.toString();
	}

} //AllocationEntryImpl
