/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model.impl;

import java.time.LocalDateTime;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import org.vivarium.model.Animal;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Stock;
import org.vivarium.model.VivariumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dosing Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.impl.DosingEventImpl#getAnimal <em>Animal</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DosingEventImpl#getRegimen <em>Regimen</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DosingEventImpl#getScheduledTime <em>Scheduled Time</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DosingEventImpl#getActualTime <em>Actual Time</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DosingEventImpl#getBodyWeightGrams <em>Body Weight Grams</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DosingEventImpl#getVolumeMl <em>Volume Ml</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DosingEventImpl#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DosingEventImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DosingEventImpl#getWindowReason <em>Window Reason</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DosingEventImpl#getStock <em>Stock</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DosingEventImpl extends MinimalEObjectImpl.Container implements DosingEvent {
	/**
	 * The cached value of the '{@link #getRegimen() <em>Regimen</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegimen()
	 * @generated
	 * @ordered
	 */
	protected DoseRegimen regimen;

	/**
	 * The default value of the '{@link #getScheduledTime() <em>Scheduled Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledTime()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime SCHEDULED_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScheduledTime() <em>Scheduled Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledTime()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime scheduledTime = SCHEDULED_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualTime() <em>Actual Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualTime()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime ACTUAL_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualTime() <em>Actual Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualTime()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime actualTime = ACTUAL_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getBodyWeightGrams() <em>Body Weight Grams</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBodyWeightGrams()
	 * @generated
	 * @ordered
	 */
	protected static final double BODY_WEIGHT_GRAMS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBodyWeightGrams() <em>Body Weight Grams</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBodyWeightGrams()
	 * @generated
	 * @ordered
	 */
	protected double bodyWeightGrams = BODY_WEIGHT_GRAMS_EDEFAULT;

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
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowReason() <em>Window Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowReason()
	 * @generated
	 * @ordered
	 */
	protected static final String WINDOW_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWindowReason() <em>Window Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowReason()
	 * @generated
	 * @ordered
	 */
	protected String windowReason = WINDOW_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStock() <em>Stock</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStock()
	 * @generated
	 * @ordered
	 */
	protected Stock stock;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DosingEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VivariumPackage.Literals.DOSING_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Animal getAnimal() {
		if (eContainerFeatureID() != VivariumPackage.DOSING_EVENT__ANIMAL) return null;
		return (Animal)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAnimal(Animal newAnimal, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newAnimal, VivariumPackage.DOSING_EVENT__ANIMAL, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnimal(Animal newAnimal) {
		if (newAnimal != eInternalContainer() || (eContainerFeatureID() != VivariumPackage.DOSING_EVENT__ANIMAL && newAnimal != null)) {
			if (EcoreUtil.isAncestor(this, newAnimal))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newAnimal != null)
				msgs = ((InternalEObject)newAnimal).eInverseAdd(this, VivariumPackage.ANIMAL__DOSING_EVENTS, Animal.class, msgs);
			msgs = basicSetAnimal(newAnimal, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSING_EVENT__ANIMAL, newAnimal, newAnimal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DoseRegimen getRegimen() {
		if (regimen != null && regimen.eIsProxy()) {
			InternalEObject oldRegimen = (InternalEObject)regimen;
			regimen = (DoseRegimen)eResolveProxy(oldRegimen);
			if (regimen != oldRegimen) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VivariumPackage.DOSING_EVENT__REGIMEN, oldRegimen, regimen));
			}
		}
		return regimen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DoseRegimen basicGetRegimen() {
		return regimen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegimen(DoseRegimen newRegimen) {
		DoseRegimen oldRegimen = regimen;
		regimen = newRegimen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSING_EVENT__REGIMEN, oldRegimen, regimen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getScheduledTime() {
		return scheduledTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduledTime(LocalDateTime newScheduledTime) {
		LocalDateTime oldScheduledTime = scheduledTime;
		scheduledTime = newScheduledTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSING_EVENT__SCHEDULED_TIME, oldScheduledTime, scheduledTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getActualTime() {
		return actualTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualTime(LocalDateTime newActualTime) {
		LocalDateTime oldActualTime = actualTime;
		actualTime = newActualTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSING_EVENT__ACTUAL_TIME, oldActualTime, actualTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBodyWeightGrams() {
		return bodyWeightGrams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBodyWeightGrams(double newBodyWeightGrams) {
		double oldBodyWeightGrams = bodyWeightGrams;
		bodyWeightGrams = newBodyWeightGrams;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSING_EVENT__BODY_WEIGHT_GRAMS, oldBodyWeightGrams, bodyWeightGrams));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSING_EVENT__VOLUME_ML, oldVolumeMl, volumeMl));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSING_EVENT__OPERATOR, oldOperator, operator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSING_EVENT__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWindowReason() {
		return windowReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowReason(String newWindowReason) {
		String oldWindowReason = windowReason;
		windowReason = newWindowReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSING_EVENT__WINDOW_REASON, oldWindowReason, windowReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stock getStock() {
		if (stock != null && stock.eIsProxy()) {
			InternalEObject oldStock = (InternalEObject)stock;
			stock = (Stock)eResolveProxy(oldStock);
			if (stock != oldStock) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VivariumPackage.DOSING_EVENT__STOCK, oldStock, stock));
			}
		}
		return stock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stock basicGetStock() {
		return stock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStock(Stock newStock) {
		Stock oldStock = stock;
		stock = newStock;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSING_EVENT__STOCK, oldStock, stock));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case VivariumPackage.DOSING_EVENT__ANIMAL:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetAnimal((Animal)otherEnd, msgs);
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
			case VivariumPackage.DOSING_EVENT__ANIMAL:
				return basicSetAnimal(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case VivariumPackage.DOSING_EVENT__ANIMAL:
				return eInternalContainer().eInverseRemove(this, VivariumPackage.ANIMAL__DOSING_EVENTS, Animal.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VivariumPackage.DOSING_EVENT__ANIMAL:
				return getAnimal();
			case VivariumPackage.DOSING_EVENT__REGIMEN:
				if (resolve) return getRegimen();
				return basicGetRegimen();
			case VivariumPackage.DOSING_EVENT__SCHEDULED_TIME:
				return getScheduledTime();
			case VivariumPackage.DOSING_EVENT__ACTUAL_TIME:
				return getActualTime();
			case VivariumPackage.DOSING_EVENT__BODY_WEIGHT_GRAMS:
				return getBodyWeightGrams();
			case VivariumPackage.DOSING_EVENT__VOLUME_ML:
				return getVolumeMl();
			case VivariumPackage.DOSING_EVENT__OPERATOR:
				return getOperator();
			case VivariumPackage.DOSING_EVENT__NOTE:
				return getNote();
			case VivariumPackage.DOSING_EVENT__WINDOW_REASON:
				return getWindowReason();
			case VivariumPackage.DOSING_EVENT__STOCK:
				if (resolve) return getStock();
				return basicGetStock();
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
			case VivariumPackage.DOSING_EVENT__ANIMAL:
				setAnimal((Animal)newValue);
				return;
			case VivariumPackage.DOSING_EVENT__REGIMEN:
				setRegimen((DoseRegimen)newValue);
				return;
			case VivariumPackage.DOSING_EVENT__SCHEDULED_TIME:
				setScheduledTime((LocalDateTime)newValue);
				return;
			case VivariumPackage.DOSING_EVENT__ACTUAL_TIME:
				setActualTime((LocalDateTime)newValue);
				return;
			case VivariumPackage.DOSING_EVENT__BODY_WEIGHT_GRAMS:
				setBodyWeightGrams((Double)newValue);
				return;
			case VivariumPackage.DOSING_EVENT__VOLUME_ML:
				setVolumeMl((Double)newValue);
				return;
			case VivariumPackage.DOSING_EVENT__OPERATOR:
				setOperator((String)newValue);
				return;
			case VivariumPackage.DOSING_EVENT__NOTE:
				setNote((String)newValue);
				return;
			case VivariumPackage.DOSING_EVENT__WINDOW_REASON:
				setWindowReason((String)newValue);
				return;
			case VivariumPackage.DOSING_EVENT__STOCK:
				setStock((Stock)newValue);
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
			case VivariumPackage.DOSING_EVENT__ANIMAL:
				setAnimal((Animal)null);
				return;
			case VivariumPackage.DOSING_EVENT__REGIMEN:
				setRegimen((DoseRegimen)null);
				return;
			case VivariumPackage.DOSING_EVENT__SCHEDULED_TIME:
				setScheduledTime(SCHEDULED_TIME_EDEFAULT);
				return;
			case VivariumPackage.DOSING_EVENT__ACTUAL_TIME:
				setActualTime(ACTUAL_TIME_EDEFAULT);
				return;
			case VivariumPackage.DOSING_EVENT__BODY_WEIGHT_GRAMS:
				setBodyWeightGrams(BODY_WEIGHT_GRAMS_EDEFAULT);
				return;
			case VivariumPackage.DOSING_EVENT__VOLUME_ML:
				setVolumeMl(VOLUME_ML_EDEFAULT);
				return;
			case VivariumPackage.DOSING_EVENT__OPERATOR:
				setOperator(OPERATOR_EDEFAULT);
				return;
			case VivariumPackage.DOSING_EVENT__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case VivariumPackage.DOSING_EVENT__WINDOW_REASON:
				setWindowReason(WINDOW_REASON_EDEFAULT);
				return;
			case VivariumPackage.DOSING_EVENT__STOCK:
				setStock((Stock)null);
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
			case VivariumPackage.DOSING_EVENT__ANIMAL:
				return getAnimal() != null;
			case VivariumPackage.DOSING_EVENT__REGIMEN:
				return regimen != null;
			case VivariumPackage.DOSING_EVENT__SCHEDULED_TIME:
				return SCHEDULED_TIME_EDEFAULT == null ? scheduledTime != null : !SCHEDULED_TIME_EDEFAULT.equals(scheduledTime);
			case VivariumPackage.DOSING_EVENT__ACTUAL_TIME:
				return ACTUAL_TIME_EDEFAULT == null ? actualTime != null : !ACTUAL_TIME_EDEFAULT.equals(actualTime);
			case VivariumPackage.DOSING_EVENT__BODY_WEIGHT_GRAMS:
				return bodyWeightGrams != BODY_WEIGHT_GRAMS_EDEFAULT;
			case VivariumPackage.DOSING_EVENT__VOLUME_ML:
				return volumeMl != VOLUME_ML_EDEFAULT;
			case VivariumPackage.DOSING_EVENT__OPERATOR:
				return OPERATOR_EDEFAULT == null ? operator != null : !OPERATOR_EDEFAULT.equals(operator);
			case VivariumPackage.DOSING_EVENT__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case VivariumPackage.DOSING_EVENT__WINDOW_REASON:
				return WINDOW_REASON_EDEFAULT == null ? windowReason != null : !WINDOW_REASON_EDEFAULT.equals(windowReason);
			case VivariumPackage.DOSING_EVENT__STOCK:
				return stock != null;
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
		result.append(" (scheduledTime: ");
		result.append(scheduledTime);
		result.append(", actualTime: ");
		result.append(actualTime);
		result.append(", bodyWeightGrams: ");
		result.append(bodyWeightGrams);
		result.append(", volumeMl: ");
		result.append(volumeMl);
		result.append(", operator: ");
		result.append(operator);
		result.append(", note: ");
		result.append(note);
		result.append(", windowReason: ");
		result.append(windowReason);
		result.append(')');
		return result.toString();
	}

} //DosingEventImpl
