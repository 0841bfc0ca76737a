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
		result.append(')');
		return result.toString();
	}

} //DoseRegimenImpl
