/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model.impl;

import java.time.LocalDateTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.vivarium.model.DosingEvent;
import org.vivarium.model.StockEntry;
import org.vivarium.model.StockEntryKind;
import org.vivarium.model.VivariumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stock Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.impl.StockEntryImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockEntryImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockEntryImpl#getBy <em>By</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockEntryImpl#getWitness <em>Witness</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockEntryImpl#getVolumeMl <em>Volume Ml</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockEntryImpl#getCountedMl <em>Counted Ml</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockEntryImpl#getExpectedMl <em>Expected Ml</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockEntryImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.vivarium.model.impl.StockEntryImpl#getDose <em>Dose</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StockEntryImpl extends MinimalEObjectImpl.Container implements StockEntry {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final StockEntryKind KIND_EDEFAULT = StockEntryKind.WASTE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected StockEntryKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime at = AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBy() <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBy()
	 * @generated
	 * @ordered
	 */
	protected static final String BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBy() <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBy()
	 * @generated
	 * @ordered
	 */
	protected String by = BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWitness() <em>Witness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWitness()
	 * @generated
	 * @ordered
	 */
	protected static final String WITNESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWitness() <em>Witness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWitness()
	 * @generated
	 * @ordered
	 */
	protected String witness = WITNESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolumeMl() <em>Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected static final double VOLUME_ML_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getVolumeMl() <em>Volume Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMl()
	 * @generated
	 * @ordered
	 */
	protected double volumeMl = VOLUME_ML_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountedMl() <em>Counted Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountedMl()
	 * @generated
	 * @ordered
	 */
	protected static final double COUNTED_ML_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCountedMl() <em>Counted Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountedMl()
	 * @generated
	 * @ordered
	 */
	protected double countedMl = COUNTED_ML_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedMl() <em>Expected Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedMl()
	 * @generated
	 * @ordered
	 */
	protected static final double EXPECTED_ML_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getExpectedMl() <em>Expected Ml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedMl()
	 * @generated
	 * @ordered
	 */
	protected double expectedMl = EXPECTED_ML_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDose() <em>Dose</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDose()
	 * @generated
	 * @ordered
	 */
	protected DosingEvent dose;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StockEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VivariumPackage.Literals.STOCK_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StockEntryKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(StockEntryKind newKind) {
		StockEntryKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK_ENTRY__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getAt() {
		return at;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(LocalDateTime newAt) {
		LocalDateTime oldAt = at;
		at = newAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK_ENTRY__AT, oldAt, at));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBy() {
		return by;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBy(String newBy) {
		String oldBy = by;
		by = newBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK_ENTRY__BY, oldBy, by));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWitness() {
		return witness;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWitness(String newWitness) {
		String oldWitness = witness;
		witness = newWitness;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK_ENTRY__WITNESS, oldWitness, witness));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVolumeMl() {
		return volumeMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeMl(double newVolumeMl) {
		double oldVolumeMl = volumeMl;
		volumeMl = newVolumeMl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK_ENTRY__VOLUME_ML, oldVolumeMl, volumeMl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCountedMl() {
		return countedMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountedMl(double newCountedMl) {
		double oldCountedMl = countedMl;
		countedMl = newCountedMl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK_ENTRY__COUNTED_ML, oldCountedMl, countedMl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getExpectedMl() {
		return expectedMl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedMl(double newExpectedMl) {
		double oldExpectedMl = expectedMl;
		expectedMl = newExpectedMl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK_ENTRY__EXPECTED_ML, oldExpectedMl, expectedMl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK_ENTRY__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DosingEvent getDose() {
		if (dose != null && dose.eIsProxy()) {
			InternalEObject oldDose = (InternalEObject)dose;
			dose = (DosingEvent)eResolveProxy(oldDose);
			if (dose != oldDose) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VivariumPackage.STOCK_ENTRY__DOSE, oldDose, dose));
			}
		}
		return dose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DosingEvent basicGetDose() {
		return dose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDose(DosingEvent newDose) {
		DosingEvent oldDose = dose;
		dose = newDose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.STOCK_ENTRY__DOSE, oldDose, dose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VivariumPackage.STOCK_ENTRY__KIND:
				return getKind();
			case VivariumPackage.STOCK_ENTRY__AT:
				return getAt();
			case VivariumPackage.STOCK_ENTRY__BY:
				return getBy();
			case VivariumPackage.STOCK_ENTRY__WITNESS:
				return getWitness();
			case VivariumPackage.STOCK_ENTRY__VOLUME_ML:
				return getVolumeMl();
			case VivariumPackage.STOCK_ENTRY__COUNTED_ML:
				return getCountedMl();
			case VivariumPackage.STOCK_ENTRY__EXPECTED_ML:
				return getExpectedMl();
			case VivariumPackage.STOCK_ENTRY__REASON:
				return getReason();
			case VivariumPackage.STOCK_ENTRY__DOSE:
				if (resolve) return getDose();
				return basicGetDose();
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
			case VivariumPackage.STOCK_ENTRY__KIND:
				setKind((StockEntryKind)newValue);
				return;
			case VivariumPackage.STOCK_ENTRY__AT:
				setAt((LocalDateTime)newValue);
				return;
			case VivariumPackage.STOCK_ENTRY__BY:
				setBy((String)newValue);
				return;
			case VivariumPackage.STOCK_ENTRY__WITNESS:
				setWitness((String)newValue);
				return;
			case VivariumPackage.STOCK_ENTRY__VOLUME_ML:
				setVolumeMl((Double)newValue);
				return;
			case VivariumPackage.STOCK_ENTRY__COUNTED_ML:
				setCountedMl((Double)newValue);
				return;
			case VivariumPackage.STOCK_ENTRY__EXPECTED_ML:
				setExpectedMl((Double)newValue);
				return;
			case VivariumPackage.STOCK_ENTRY__REASON:
				setReason((String)newValue);
				return;
			case VivariumPackage.STOCK_ENTRY__DOSE:
				setDose((DosingEvent)newValue);
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
			case VivariumPackage.STOCK_ENTRY__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case VivariumPackage.STOCK_ENTRY__AT:
				setAt(AT_EDEFAULT);
				return;
			case VivariumPackage.STOCK_ENTRY__BY:
				setBy(BY_EDEFAULT);
				return;
			case VivariumPackage.STOCK_ENTRY__WITNESS:
				setWitness(WITNESS_EDEFAULT);
				return;
			case VivariumPackage.STOCK_ENTRY__VOLUME_ML:
				setVolumeMl(VOLUME_ML_EDEFAULT);
				return;
			case VivariumPackage.STOCK_ENTRY__COUNTED_ML:
				setCountedMl(COUNTED_ML_EDEFAULT);
				return;
			case VivariumPackage.STOCK_ENTRY__EXPECTED_ML:
				setExpectedMl(EXPECTED_ML_EDEFAULT);
				return;
			case VivariumPackage.STOCK_ENTRY__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case VivariumPackage.STOCK_ENTRY__DOSE:
				setDose((DosingEvent)null);
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
			case VivariumPackage.STOCK_ENTRY__KIND:
				return kind != KIND_EDEFAULT;
			case VivariumPackage.STOCK_ENTRY__AT:
				return AT_EDEFAULT == null ? at != null : !AT_EDEFAULT.equals(at);
			case VivariumPackage.STOCK_ENTRY__BY:
				return BY_EDEFAULT == null ? by != null : !BY_EDEFAULT.equals(by);
			case VivariumPackage.STOCK_ENTRY__WITNESS:
				return WITNESS_EDEFAULT == null ? witness != null : !WITNESS_EDEFAULT.equals(witness);
			case VivariumPackage.STOCK_ENTRY__VOLUME_ML:
				return volumeMl != VOLUME_ML_EDEFAULT;
			case VivariumPackage.STOCK_ENTRY__COUNTED_ML:
				return countedMl != COUNTED_ML_EDEFAULT;
			case VivariumPackage.STOCK_ENTRY__EXPECTED_ML:
				return expectedMl != EXPECTED_ML_EDEFAULT;
			case VivariumPackage.STOCK_ENTRY__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case VivariumPackage.STOCK_ENTRY__DOSE:
				return dose != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", at: ");
		result.append(at);
		result.append(", by: ");
		result.append(by);
		result.append(", witness: ");
		result.append(witness);
		result.append(", volumeMl: ");
		result.append(volumeMl);
		result.append(", countedMl: ");
		result.append(countedMl);
		result.append(", expectedMl: ");
		result.append(expectedMl);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //StockEntryImpl
