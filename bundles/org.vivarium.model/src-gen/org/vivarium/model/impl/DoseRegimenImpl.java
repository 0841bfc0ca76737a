/**
 * Vivarium study metamodel - generated code, do not edit (regenerate with releng/emf-codegen/generate.sh)
 */
package org.vivarium.model.impl;

import java.time.LocalDate;
import java.util.Collection;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.Route;
import org.vivarium.model.VivariumPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dose Regimen</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vivarium.model.impl.DoseRegimenImpl#getCompound <em>Compound</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DoseRegimenImpl#getDoseMgPerKg <em>Dose Mg Per Kg</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DoseRegimenImpl#getRoute <em>Route</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DoseRegimenImpl#getVolumeMlPerKg <em>Volume Ml Per Kg</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DoseRegimenImpl#getOffsetHours <em>Offset Hours</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DoseRegimenImpl#getEveryHours <em>Every Hours</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DoseRegimenImpl#getDoses <em>Doses</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DoseRegimenImpl#getUntil <em>Until</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DoseRegimenImpl#getDays <em>Days</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DoseRegimenImpl#getTimesOfDay <em>Times Of Day</em>}</li>
 *   <li>{@link org.vivarium.model.impl.DoseRegimenImpl#getWindowMinutes <em>Window Minutes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DoseRegimenImpl extends MinimalEObjectImpl.Container implements DoseRegimen {
	/**
	 * The cached value of the '{@link #getCompound() <em>Compound</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompound()
	 * @generated
	 * @ordered
	 */
	protected Compound compound;

	/**
	 * The default value of the '{@link #getDoseMgPerKg() <em>Dose Mg Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseMgPerKg()
	 * @generated
	 * @ordered
	 */
	protected static final double DOSE_MG_PER_KG_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDoseMgPerKg() <em>Dose Mg Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseMgPerKg()
	 * @generated
	 * @ordered
	 */
	protected double doseMgPerKg = DOSE_MG_PER_KG_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRoute() <em>Route</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoute()
	 * @generated
	 * @ordered
	 */
	protected Route route;

	/**
	 * The default value of the '{@link #getVolumeMlPerKg() <em>Volume Ml Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMlPerKg()
	 * @generated
	 * @ordered
	 */
	protected static final double VOLUME_ML_PER_KG_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getVolumeMlPerKg() <em>Volume Ml Per Kg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeMlPerKg()
	 * @generated
	 * @ordered
	 */
	protected double volumeMlPerKg = VOLUME_ML_PER_KG_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffsetHours() <em>Offset Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffsetHours()
	 * @generated
	 * @ordered
	 */
	protected static final double OFFSET_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOffsetHours() <em>Offset Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffsetHours()
	 * @generated
	 * @ordered
	 */
	protected double offsetHours = OFFSET_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEveryHours() <em>Every Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEveryHours()
	 * @generated
	 * @ordered
	 */
	protected static final double EVERY_HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getEveryHours() <em>Every Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEveryHours()
	 * @generated
	 * @ordered
	 */
	protected double everyHours = EVERY_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoses() <em>Doses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoses()
	 * @generated
	 * @ordered
	 */
	protected static final int DOSES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDoses() <em>Doses</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoses()
	 * @generated
	 * @ordered
	 */
	protected int doses = DOSES_EDEFAULT;

	/**
	 * The default value of the '{@link #getUntil() <em>Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUntil() <em>Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate until = UNTIL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDays() <em>Days</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDays()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> days;

	/**
	 * The cached value of the '{@link #getTimesOfDay() <em>Times Of Day</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimesOfDay()
	 * @generated
	 * @ordered
	 */
	protected EList<String> timesOfDay;

	/**
	 * The default value of the '{@link #getWindowMinutes() <em>Window Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final double WINDOW_MINUTES_EDEFAULT = 30.0;

	/**
	 * The cached value of the '{@link #getWindowMinutes() <em>Window Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowMinutes()
	 * @generated
	 * @ordered
	 */
	protected double windowMinutes = WINDOW_MINUTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DoseRegimenImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VivariumPackage.Literals.DOSE_REGIMEN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Compound getCompound() {
		if (compound != null && compound.eIsProxy()) {
			InternalEObject oldCompound = (InternalEObject)compound;
			compound = (Compound)eResolveProxy(oldCompound);
			if (compound != oldCompound) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VivariumPackage.DOSE_REGIMEN__COMPOUND, oldCompound, compound));
			}
		}
		return compound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Compound basicGetCompound() {
		return compound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompound(Compound newCompound) {
		Compound oldCompound = compound;
		compound = newCompound;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSE_REGIMEN__COMPOUND, oldCompound, compound));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDoseMgPerKg() {
		return doseMgPerKg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoseMgPerKg(double newDoseMgPerKg) {
		double oldDoseMgPerKg = doseMgPerKg;
		doseMgPerKg = newDoseMgPerKg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSE_REGIMEN__DOSE_MG_PER_KG, oldDoseMgPerKg, doseMgPerKg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Route getRoute() {
		if (route != null && route.eIsProxy()) {
			InternalEObject oldRoute = (InternalEObject)route;
			route = (Route)eResolveProxy(oldRoute);
			if (route != oldRoute) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VivariumPackage.DOSE_REGIMEN__ROUTE, oldRoute, route));
			}
		}
		return route;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Route basicGetRoute() {
		return route;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoute(Route newRoute) {
		Route oldRoute = route;
		route = newRoute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSE_REGIMEN__ROUTE, oldRoute, route));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVolumeMlPerKg() {
		return volumeMlPerKg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeMlPerKg(double newVolumeMlPerKg) {
		double oldVolumeMlPerKg = volumeMlPerKg;
		volumeMlPerKg = newVolumeMlPerKg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSE_REGIMEN__VOLUME_ML_PER_KG, oldVolumeMlPerKg, volumeMlPerKg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOffsetHours() {
		return offsetHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffsetHours(double newOffsetHours) {
		double oldOffsetHours = offsetHours;
		offsetHours = newOffsetHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSE_REGIMEN__OFFSET_HOURS, oldOffsetHours, offsetHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEveryHours() {
		return everyHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEveryHours(double newEveryHours) {
		double oldEveryHours = everyHours;
		everyHours = newEveryHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSE_REGIMEN__EVERY_HOURS, oldEveryHours, everyHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDoses() {
		return doses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoses(int newDoses) {
		int oldDoses = doses;
		doses = newDoses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSE_REGIMEN__DOSES, oldDoses, doses));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getUntil() {
		return until;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUntil(LocalDate newUntil) {
		LocalDate oldUntil = until;
		until = newUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSE_REGIMEN__UNTIL, oldUntil, until));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getDays() {
		if (days == null) {
			days = new EDataTypeEList<Integer>(Integer.class, this, VivariumPackage.DOSE_REGIMEN__DAYS);
		}
		return days;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTimesOfDay() {
		if (timesOfDay == null) {
			timesOfDay = new EDataTypeEList<String>(String.class, this, VivariumPackage.DOSE_REGIMEN__TIMES_OF_DAY);
		}
		return timesOfDay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWindowMinutes() {
		return windowMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowMinutes(double newWindowMinutes) {
		double oldWindowMinutes = windowMinutes;
		windowMinutes = newWindowMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VivariumPackage.DOSE_REGIMEN__WINDOW_MINUTES, oldWindowMinutes, windowMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VivariumPackage.DOSE_REGIMEN__COMPOUND:
				if (resolve) return getCompound();
				return basicGetCompound();
			case VivariumPackage.DOSE_REGIMEN__DOSE_MG_PER_KG:
				return getDoseMgPerKg();
			case VivariumPackage.DOSE_REGIMEN__ROUTE:
				if (resolve) return getRoute();
				return basicGetRoute();
			case VivariumPackage.DOSE_REGIMEN__VOLUME_ML_PER_KG:
				return getVolumeMlPerKg();
			case VivariumPackage.DOSE_REGIMEN__OFFSET_HOURS:
				return getOffsetHours();
			case VivariumPackage.DOSE_REGIMEN__EVERY_HOURS:
				return getEveryHours();
			case VivariumPackage.DOSE_REGIMEN__DOSES:
				return getDoses();
			case VivariumPackage.DOSE_REGIMEN__UNTIL:
				return getUntil();
			case VivariumPackage.DOSE_REGIMEN__DAYS:
				return getDays();
			case VivariumPackage.DOSE_REGIMEN__TIMES_OF_DAY:
				return getTimesOfDay();
			case VivariumPackage.DOSE_REGIMEN__WINDOW_MINUTES:
				return getWindowMinutes();
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
			case VivariumPackage.DOSE_REGIMEN__COMPOUND:
				setCompound((Compound)newValue);
				return;
			case VivariumPackage.DOSE_REGIMEN__DOSE_MG_PER_KG:
				setDoseMgPerKg((Double)newValue);
				return;
			case VivariumPackage.DOSE_REGIMEN__ROUTE:
				setRoute((Route)newValue);
				return;
			case VivariumPackage.DOSE_REGIMEN__VOLUME_ML_PER_KG:
				setVolumeMlPerKg((Double)newValue);
				return;
			case VivariumPackage.DOSE_REGIMEN__OFFSET_HOURS:
				setOffsetHours((Double)newValue);
				return;
			case VivariumPackage.DOSE_REGIMEN__EVERY_HOURS:
				setEveryHours((Double)newValue);
				return;
			case VivariumPackage.DOSE_REGIMEN__DOSES:
				setDoses((Integer)newValue);
				return;
			case VivariumPackage.DOSE_REGIMEN__UNTIL:
				setUntil((LocalDate)newValue);
				return;
			case VivariumPackage.DOSE_REGIMEN__DAYS:
				getDays().clear();
				getDays().addAll((Collection<? extends Integer>)newValue);
				return;
			case VivariumPackage.DOSE_REGIMEN__TIMES_OF_DAY:
				getTimesOfDay().clear();
				getTimesOfDay().addAll((Collection<? extends String>)newValue);
				return;
			case VivariumPackage.DOSE_REGIMEN__WINDOW_MINUTES:
				setWindowMinutes((Double)newValue);
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
			case VivariumPackage.DOSE_REGIMEN__COMPOUND:
				setCompound((Compound)null);
				return;
			case VivariumPackage.DOSE_REGIMEN__DOSE_MG_PER_KG:
				setDoseMgPerKg(DOSE_MG_PER_KG_EDEFAULT);
				return;
			case VivariumPackage.DOSE_REGIMEN__ROUTE:
				setRoute((Route)null);
				return;
			case VivariumPackage.DOSE_REGIMEN__VOLUME_ML_PER_KG:
				setVolumeMlPerKg(VOLUME_ML_PER_KG_EDEFAULT);
				return;
			case VivariumPackage.DOSE_REGIMEN__OFFSET_HOURS:
				setOffsetHours(OFFSET_HOURS_EDEFAULT);
				return;
			case VivariumPackage.DOSE_REGIMEN__EVERY_HOURS:
				setEveryHours(EVERY_HOURS_EDEFAULT);
				return;
			case VivariumPackage.DOSE_REGIMEN__DOSES:
				setDoses(DOSES_EDEFAULT);
				return;
			case VivariumPackage.DOSE_REGIMEN__UNTIL:
				setUntil(UNTIL_EDEFAULT);
				return;
			case VivariumPackage.DOSE_REGIMEN__DAYS:
				getDays().clear();
				return;
			case VivariumPackage.DOSE_REGIMEN__TIMES_OF_DAY:
				getTimesOfDay().clear();
				return;
			case VivariumPackage.DOSE_REGIMEN__WINDOW_MINUTES:
				setWindowMinutes(WINDOW_MINUTES_EDEFAULT);
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
			case VivariumPackage.DOSE_REGIMEN__COMPOUND:
				return compound != null;
			case VivariumPackage.DOSE_REGIMEN__DOSE_MG_PER_KG:
				return doseMgPerKg != DOSE_MG_PER_KG_EDEFAULT;
			case VivariumPackage.DOSE_REGIMEN__ROUTE:
				return route != null;
			case VivariumPackage.DOSE_REGIMEN__VOLUME_ML_PER_KG:
				return volumeMlPerKg != VOLUME_ML_PER_KG_EDEFAULT;
			case VivariumPackage.DOSE_REGIMEN__OFFSET_HOURS:
				return offsetHours != OFFSET_HOURS_EDEFAULT;
			case VivariumPackage.DOSE_REGIMEN__EVERY_HOURS:
				return everyHours != EVERY_HOURS_EDEFAULT;
			case VivariumPackage.DOSE_REGIMEN__DOSES:
				return doses != DOSES_EDEFAULT;
			case VivariumPackage.DOSE_REGIMEN__UNTIL:
				return UNTIL_EDEFAULT == null ? until != null : !UNTIL_EDEFAULT.equals(until);
			case VivariumPackage.DOSE_REGIMEN__DAYS:
				return days != null && !days.isEmpty();
			case VivariumPackage.DOSE_REGIMEN__TIMES_OF_DAY:
				return timesOfDay != null && !timesOfDay.isEmpty();
			case VivariumPackage.DOSE_REGIMEN__WINDOW_MINUTES:
				return windowMinutes != WINDOW_MINUTES_EDEFAULT;
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
		result.append(" (doseMgPerKg: ");
		result.append(doseMgPerKg);
		result.append(", volumeMlPerKg: ");
		result.append(volumeMlPerKg);
		result.append(", offsetHours: ");
		result.append(offsetHours);
		result.append(", everyHours: ");
		result.append(everyHours);
		result.append(", doses: ");
		result.append(doses);
		result.append(", until: ");
		result.append(until);
		result.append(", days: ");
		result.append(days);
		result.append(", timesOfDay: ");
		result.append(timesOfDay);
		result.append(", windowMinutes: ");
		result.append(windowMinutes);
		result.append(')');
		return result.toString();
	}

} //DoseRegimenImpl
